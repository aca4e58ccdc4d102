import { age } from "../format.ts";
import type { Commitment } from "../types.ts";

/** A due time in the engineer's clock, with the customer's in the tooltip. */
export function DueTime({ dueAt, timeZone }: { dueAt: string; timeZone: string }) {
  const due = new Date(dueAt);
  const customer = due.toLocaleString(undefined, { timeZone, dateStyle: "medium", timeStyle: "short" });
  const overdue = due.getTime() < Date.now();
  return (
    <time
      dateTime={dueAt}
      title={`${customer} for the customer (${timeZone})`}
      className={overdue ? "overdue" : undefined}
    >
      {due.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}

/** The promises made to the customer on a ticket: open ones with their due time, then the settled ones. */
export function CommitmentsPanel({ commitments }: { commitments: Commitment[] | undefined }) {
  if (!commitments?.length) return null;
  const open = commitments.filter((c) => c.status === "open");
  const settled = commitments.filter((c) => c.status !== "open");
  return (
    <section className="panel commitments" aria-labelledby="commitments-title">
      <h2 id="commitments-title">Promises to the customer</h2>
      {open.length === 0 && <p className="muted small">None open.</p>}
      <ul className="commitment-list">
        {open.map((c) => (
          <li key={c.id} data-testid="open-commitment">
            <q>{c.text}</q>
            <div className="small">
              {c.dueAt ? (
                <>
                  due <DueTime dueAt={c.dueAt} timeZone={c.timeZone} />
                </>
              ) : (
                <>waits on: {c.condition ?? c.phrase}</>
              )}{" "}
              <span className="muted">· {c.ownerName ?? c.owner}</span>
            </div>
          </li>
        ))}
      </ul>
      {settled.length > 0 && (
        <p className="muted small">
          {settled.map((c) => (
            <span key={c.id} className={`commitment-status ${c.status}`} title={c.text}>
              {c.phrase}: {c.status} {c.settledAt ? `${age(c.settledAt)} ago` : ""}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
