import { useMemo, useState } from "react";
import { query } from "../api.ts";
import { useSession } from "../session.tsx";
import type { ArticleSummary, SearchHit } from "../types.ts";
import { useData } from "../use-data.ts";
import { ArticleEditor } from "./article-editor.tsx";
import { ArticleView } from "./article-view.tsx";
import { GapsSection } from "./gaps-section.tsx";
import { KnowledgeTabs } from "./knowledge-tabs.tsx";

/** Knowledge: browse and search every article; leads and admins write the team's own. */
export function KnowledgePage({ id, edit }: { id: string | null; edit: boolean }) {
  const { isLead } = useSession();
  const [search, setSearch] = useState("");
  const [area, setArea] = useState("");
  const articles = useData<{ items: ArticleSummary[] }>("/api/v1/kb/articles");
  const needle = search.trim().toLowerCase();
  // Full-text search finds articles by what they say, not only by their titles and codes.
  const hits = useData<{ items: SearchHit[] }>(needle.length >= 3 ? `/api/v1/kb/search${query({ q: needle, limit: 50 })}` : null);
  const list = useMemo(() => {
    const found = new Set((needle.length >= 3 ? hits.data?.items ?? [] : []).filter((h) => h.kind === "article").map((h) => h.id));
    return (articles.data?.items ?? []).filter(
      (a) =>
        (!area || a.area === area) &&
        (!needle || found.has(a.id) || [a.id, a.title, ...a.codes].some((f) => f.toLowerCase().includes(needle))),
    );
  }, [articles.data, hits.data, needle, area]);
  const areas = [...new Set((articles.data?.items ?? []).map((a) => a.area))].sort();
  return (
    <section className="page knowledge" aria-labelledby="kb-title">
      <div className="page-head">
        <h1 id="kb-title">Knowledge</h1>
        <KnowledgeTabs current="articles" />
        <span className="muted">{articles.data ? `${list.length} of ${articles.data.items.length} articles` : "loading…"}</span>
        {isLead && (
          <a className="button primary" href="#/knowledge/new">
            New article
          </a>
        )}
      </div>
      <div className="split">
        <nav className="article-list" aria-label="Articles">
          <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
            <label>
              <span className="sr-only">Search articles</span>
              <input type="search" placeholder="Search articles…" value={search} onChange={(e) => setSearch(e.target.value)} />
            </label>
            <label>
              Area
              <select value={area} onChange={(e) => setArea(e.target.value)}>
                <option value="">all</option>
                {areas.map((a) => (
                  <option key={a}>{a}</option>
                ))}
              </select>
            </label>
          </form>
          <ul>
            {list.map((a) => (
              <li key={a.id}>
                <a href={`#/knowledge/${encodeURIComponent(a.id)}`} aria-current={a.id === id ? "page" : undefined}>
                  <span className="title">{a.title}</span>
                  <span className="sub">
                    {a.area} · {a.origin === "team" ? "team article · " : ""}
                    {a.explained} ticket{a.explained === 1 ? "" : "s"}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="article-pane">
          {edit && !isLead ? (
            <p className="empty">Leads and admins write team articles.</p>
          ) : edit ? (
            <ArticleEditor key={id ?? "new"} id={id} onSaved={() => void articles.reload()} />
          ) : id ? (
            <ArticleView key={id} id={id} />
          ) : (
            <>
              <p className="empty">Pick an article to read it and see the tickets it explained.</p>
              <GapsSection />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
