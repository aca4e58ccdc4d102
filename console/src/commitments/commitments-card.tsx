import type { CommitmentStats } from "../types.ts";
import { useData } from "../use-data.ts";

const DAY_MS = 86_400_000;

/** The overview's promises: kept and missed per engineer (and per team) over the period. */
export function CommitmentsCard({ days }: { days: number }) {
  // Whole days, so the address (and the data it polls) stays the same within a day.
  const since = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - (days - 1) * DAY_MS).toISOString();
  const stats = useData<CommitmentStats>(
    `/api/v1/commitments/stats?since=${encodeURIComponent(since)}`,
    60_000,
  );
  const s = stats.data;
  const rows = s?.byEngineer ?? [];
  return (
    <section className="panel card" aria-label="Commitments">
      <h2>Commitments</h2>
      {stats.error && <p className="error small">{stats.error}</p>}
      {!s ? (
        <p className="loading small">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="empty small">No promises made yet.</p>
      ) : (
        <>
          <p className="big">
            {s.total.kept + s.total.missed === 0
              ? "–"
              : `${Math.round((100 * s.total.kept) / (s.total.kept + s.total.missed))}%`}
            <span className="muted small"> kept ({s.total.open} open)</span>
          </p>
          <table className="commitment-stats">
            <thead>
              <tr>
                <th scope="col">Engineer</th>
                <th scope="col">Kept</th>
                <th scope="col">Missed</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.owner}>
                  <th scope="row">{row.name ?? row.owner}</th>
                  <td>{row.kept}</td>
                  <td className={row.missed ? "missed" : undefined}>{row.missed}</td>
                  <td>{row.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            By team: {s.byTeam.map((t) => `${t.team} ${t.kept} kept / ${t.missed} missed`).join(" · ")}
          </p>
        </>
      )}
    </section>
  );
}
