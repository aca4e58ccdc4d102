import type { SlaTimer } from "../types.ts";

const KIND_LABELS: Record<SlaTimer["kind"], string> = {
  first_response: "First response",
  next_update: "Next update",
  resolution: "Resolution",
};

/** A span of minutes, compactly: 45m, 3h 20m, 2d 4h. */
export function span(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m < 60) return `${m}m`;
  if (m < 1440) return `${Math.floor(m / 60)}h${m % 60 ? ` ${m % 60}m` : ""}`;
  return `${Math.floor(m / 1440)}d${Math.floor((m % 1440) / 60) ? ` ${Math.floor((m % 1440) / 60)}h` : ""}`;
}

/** What a timer says in a few words, by wall-clock time to (or since) its due instant. */
export function timerText(timer: SlaTimer, now = Date.now()): string {
  if (timer.state === "met") return "met";
  if (timer.state === "paused") return `paused · ${span(timer.remainingMinutes)} left`;
  const due = timer.dueAt ? (Date.parse(timer.dueAt) - now) / 60_000 : timer.remainingMinutes;
  if (timer.state === "breached") return timer.metAt ? "met late" : `breached ${span(due)} ago`;
  return `${span(due)} left`;
}

/** The queue's time-left badge: red once breached, amber from the warning on. */
export function SlaBadge({ timer }: { timer: SlaTimer | null | undefined }) {
  if (!timer) return <span className="muted">–</span>;
  const title = `${KIND_LABELS[timer.kind]} (${timer.hours === "24x7" ? "24x7" : "business hours"})${
    timer.dueAt ? `, due ${new Date(timer.dueAt).toLocaleString()}` : ""
  }`;
  return (
    <span className={`sla ${timer.state}`} title={title} data-testid="sla-badge">
      {timerText(timer)}
    </span>
  );
}

/** Every timer of a ticket, with its target and due time. */
export function TimersPanel({ timers }: { timers: SlaTimer[] | undefined }) {
  if (!timers?.length) return null;
  return (
    <section className="panel" aria-labelledby="sla-title">
      <h2 id="sla-title">SLA</h2>
      <table className="timers">
        <tbody>
          {timers.map((t) => (
            <tr key={t.kind}>
              <th scope="row">{KIND_LABELS[t.kind]}</th>
              <td>
                <SlaBadge timer={t} />
              </td>
              <td className="muted small">
                target {span(t.targetMinutes)} {t.hours === "24x7" ? "24x7" : "business"}
                {t.dueAt && <> · due {new Date(t.dueAt).toLocaleString()}</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
