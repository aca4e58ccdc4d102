import { useState } from "react";
import { query } from "../api.ts";
import type { ArticleDraftSummary } from "../types.ts";
import { useData } from "../use-data.ts";
import { DraftReview } from "./draft-review.tsx";
import { KnowledgeTabs } from "./knowledge-tabs.tsx";

const REASONS: Record<ArticleDraftSummary["reason"], string> = {
  unexplained: "no code fitted",
  "corrected-unmatched": "corrected, no signature matched",
  "key-line-unmatched": "error line unknown",
};

/** Articles Deckhand learned from resolved tickets, waiting for review; leads approve or reject them. */
export function DraftsPage({ id }: { id: string | null }) {
  const [status, setStatus] = useState<"pending" | "approved" | "rejected">("pending");
  const drafts = useData<{ items: ArticleDraftSummary[] }>(`/api/v1/kb/drafts${query({ status })}`);
  const items = drafts.data?.items ?? [];
  return (
    <section className="page knowledge" aria-labelledby="kb-title">
      <div className="page-head">
        <h1 id="kb-title">Knowledge</h1>
        <KnowledgeTabs current="drafts" />
        <span className="muted">{drafts.data ? `${items.length} ${status}` : "loading…"}</span>
      </div>
      <div className="split">
        <nav className="article-list" aria-label="Drafts">
          <form className="filters" onSubmit={(event) => event.preventDefault()}>
            <label>
              Status
              <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
                <option value="pending">pending</option>
                <option value="approved">approved</option>
                <option value="rejected">rejected</option>
              </select>
            </label>
          </form>
          {drafts.error && <p className="error">{drafts.error}</p>}
          <ul>
            {items.map((d) => (
              <li key={d.id}>
                <a href={`#/knowledge/drafts/${encodeURIComponent(d.id)}`} aria-current={d.id === id ? "page" : undefined}>
                  <span className="title">{d.title}</span>
                  <span className="sub">
                    {d.kind === "suggestion" ? `suggestion for ${d.targetArticle}` : "new article"} · {REASONS[d.reason]}
                  </span>
                </a>
              </li>
            ))}
          </ul>
          {drafts.data && items.length === 0 && <p className="empty small">No {status} drafts.</p>}
        </nav>
        <div className="article-pane">
          {id ? (
            <DraftReview key={id} id={id} onDecided={() => void drafts.reload()} />
          ) : (
            <p className="empty">
              When a resolved ticket's cause had no article, or its error line matched no signature, Deckhand drafts one here.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
