import type { Deps } from "../service/deps.ts";
import { enqueue } from "./queue.ts";

/** A job that runs on its own every `everyMs` (sweeps for due reminders, the weekly digest...). */
export interface Recurring {
  kind: string;
  everyMs: number;
  payload?: Record<string, unknown>;
}

/**
 * Enqueues each recurring job for the current period, once: the dedupe key names the period, so
 * any number of workers calling this at once add one job per period, and a worker that was down
 * catches up with a single run when it comes back. Returns the keys it tried.
 */
export async function enqueueRecurring(
  deps: Pick<Deps, "db" | "clock" | "ids">,
  recurring: readonly Recurring[],
): Promise<string[]> {
  const now = deps.clock().getTime();
  const keys: string[] = [];
  for (const job of recurring) {
    const periodStart = new Date(Math.floor(now / job.everyMs) * job.everyMs);
    const dedupeKey = `${job.kind}@${periodStart.toISOString()}`;
    await enqueue(deps.db, deps, {
      kind: job.kind,
      payload: { ...job.payload, periodStart: periodStart.toISOString() },
      dedupeKey,
      runAt: periodStart,
      maxAttempts: 3,
    });
    keys.push(dedupeKey);
  }
  return keys;
}
