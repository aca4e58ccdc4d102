import type { Digest } from "../types.ts";

type Data = Digest["data"];
type TrendRow = Data["causes"][number];

/** ↑ +4, ↓ -2, → or new: the same words the Markdown uses. */
function trend(count: number, previous: number): string {
  if (count === previous) return "→";
  if (previous === 0) return "new";
  return count > previous ? `↑ +${count - previous}` : `↓ -${previous - count}`;
}

function TrendTable({ label, rows }: { label: string; rows: TrendRow[] }) {
  if (rows.length === 0) return <p className="empty small">None.</p>;
  return (
    <table className="grid digest-table">
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col">Tickets</th>
          <th scope="col">Previous</th>
          <th scope="col">Trend</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.key}</td>
            <td className="num">{r.count}</td>
            <td className="num">{r.previous}</td>
            <td className={`trend ${r.count > r.previous ? "up" : r.count < r.previous ? "down" : ""}`}>
              {trend(r.count, r.previous)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const CHANGE = { new: "New", updated: "Updated", "draft-approved": "Approved draft" } as const;

/** A digest drawn from its data (never from its Markdown): customer text stays text. */
export function DigestView({ data }: { data: Data }) {
  const { volume, gaps } = data;
  return (
    <div className="cards digest">
      <section className="panel card" aria-label="Volume">
        <h2>Volume</h2>
        <p className="big">
          {volume.total}{" "}
          <span className="muted small">
            tickets, {trend(volume.total, volume.previousTotal)} from {volume.previousTotal}
          </span>
        </p>
        <TrendTable label="Area" rows={volume.byArea} />
        <TrendTable label="Priority" rows={volume.byPriority} />
      </section>
      <section className="panel card" aria-label="Most frequent root causes">
        <h2>Most frequent root causes</h2>
        <TrendTable label="Root cause" rows={data.causes} />
      </section>
      <section className="panel card" aria-label="Knowledge gaps">
        <h2>Knowledge gaps</h2>
        {gaps.clusters.length === 0 ? (
          <p className="empty small">
            {gaps.unexplained === 0
              ? "Every ticket had an explanation."
              : `${gaps.unexplained} unexplained tickets.`}
          </p>
        ) : (
          <ol className="gap-list">
            {gaps.clusters.map((c) => (
              <li key={c.key}>
                <span className="gap-count">{c.count}</span>
                <code className="gap-key">{c.key}</code>
                <span className="gap-samples small">
                  {c.samples.map((s) => (
                    <a
                      key={s.id}
                      href={`#/tickets/${encodeURIComponent(s.id)}`}
                      title={s.subject ?? undefined}
                    >
                      {s.id.slice(0, 8)}
                    </a>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel card" aria-label="New and changed articles">
        <h2>New and changed articles</h2>
        {data.articles.length === 0 ? (
          <p className="empty small">None.</p>
        ) : (
          <ul>
            {data.articles.map((a) => (
              <li key={`${a.change}:${a.id}`}>
                {CHANGE[a.change]}: <a href={`#/knowledge/${encodeURIComponent(a.id)}`}>{a.title}</a>
                {a.area && <span className="muted small"> · {a.area}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel card" aria-label="Autonomy changes">
        <h2>Autonomy changes</h2>
        {data.autonomy.length === 0 ? (
          <p className="empty small">No changes.</p>
        ) : (
          <ul>
            {data.autonomy.map((a) => (
              <li key={`${a.at}:${a.action}:${a.category ?? ""}`}>
                <span className="muted small">{a.at.slice(0, 10)}</span> {a.action}
                {a.category && <> ({a.category})</>}: {a.summary}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel card" aria-label="Draft decisions">
        <h2>Drafts: approved unchanged, edited, rejected</h2>
        {data.drafts.length === 0 ? (
          <p className="empty small">No drafts were decided.</p>
        ) : (
          <table className="grid digest-table">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Unchanged</th>
                <th scope="col">Edited</th>
                <th scope="col">Rejected</th>
              </tr>
            </thead>
            <tbody>
              {data.drafts.map((d) => (
                <tr key={d.area}>
                  <td>{d.area}</td>
                  <td className="num">{d.unchanged}</td>
                  <td className="num">{d.edited}</td>
                  <td className="num">{d.rejected}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.rejectReasons.length > 0 && (
          <p className="muted small">
            Rejected because: {data.rejectReasons.map((r) => `${r.key} ${r.count}`).join(", ")}.
          </p>
        )}
      </section>
    </div>
  );
}
