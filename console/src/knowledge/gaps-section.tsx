import { useState } from "react";
import { query } from "../api.ts";
import type { KnowledgeGaps } from "../types.ts";
import { useData } from "../use-data.ts";

const DAY_MS = 86_400_000;

/** Knowledge gaps: unexplained tickets clustered by their error line, the articles to write next. */
export function GapsSection() {
  const [days, setDays] = useState(30);
  // Whole days, so the address stays the same while the page is open (and the answer can be reused).
  const since = new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
  const gaps = useData<KnowledgeGaps>(`/api/v1/knowledge/gaps${query({ since, limit: 20 })}`);
  const g = gaps.data;
  return (
    <section className="panel gaps" aria-labelledby="gaps-title">
      <div className="page-head">
        <h2 id="gaps-title">Gaps</h2>
        <label>
          Period{" "}
          <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
            <option value={7}>7 days</option>
            <option value={30}>30 days</option>
            <option value={90}>90 days</option>
          </select>
        </label>
        {gaps.error && <span className="error">{gaps.error}</span>}
      </div>
      {!g ? (
        <p className="loading">Loading…</p>
      ) : g.clusters.length === 0 ? (
        <p className="empty small">
          {g.unexplained === 0
            ? "Every ticket in this period had an explanation."
            : `${g.unexplained} unexplained tickets, none with an error line to group by.`}
        </p>
      ) : (
        <>
          <p className="muted small">
            {g.unexplained} ticket{g.unexplained === 1 ? "" : "s"} nothing explained, grouped by their first
            error line: the articles worth writing next.
          </p>
          <ol className="gap-list">
            {g.clusters.map((c) => (
              <li key={c.key}>
                <span className="gap-count">{c.count}</span>
                <code className="gap-key" title={c.example}>
                  {c.key}
                </code>
                <span className="muted small">
                  {c.areas.map((a) => `${a.area} ${a.count}`).join(", ")} · seen {c.firstSeen.slice(0, 10)} to{" "}
                  {c.lastSeen.slice(0, 10)}
                </span>
                <span className="gap-samples small">
                  {c.samples.map((s) => (
                    <a key={s.id} href={`#/tickets/${encodeURIComponent(s.id)}`} title={s.subject ?? undefined}>
                      {s.subject ? s.subject.slice(0, 60) : s.id.slice(0, 8)}
                    </a>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
