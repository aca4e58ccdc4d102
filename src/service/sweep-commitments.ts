import { DEFAULT_LEAD_MINUTES, reminderAt } from "../commitments/reminder-time.ts";
import { enqueue } from "../jobs/queue.ts";
import type { Recurring } from "../jobs/schedule.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { REMIND_COMMITMENT_JOB } from "./remind-commitment.ts";

/** The recurring job that marks missed promises and queues due reminders. */
export const SWEEP_COMMITMENTS_JOB = "commitments.sweep";
export const SWEEP_COMMITMENTS_EVERY_MS = 60_000;

const BATCH = 500;

/** The sweep with the configured reminder lead time (minutes before a promise falls due). */
export function commitmentSweep(leadMinutes = DEFAULT_LEAD_MINUTES): Recurring {
  return { kind: SWEEP_COMMITMENTS_JOB, everyMs: SWEEP_COMMITMENTS_EVERY_MS, payload: { leadMinutes } };
}

/**
 * The minute sweep: every open promise past its due time becomes missed (the conditional update
 * changes a row once, so each is marked and audited exactly once), and each promise whose
 * reminder time has come gets one reminder job (deduplicated by the promise's id).
 */
export async function sweepCommitments(
  deps: Deps,
  { leadMinutes = DEFAULT_LEAD_MINUTES }: { leadMinutes?: number } = {},
): Promise<{ missed: number; reminders: number }> {
  const now = deps.clock();
  const at = nowIso(deps);
  const missed = await deps.db.transaction().execute(async (trx) => {
    const rows = await trx
      .updateTable("commitments")
      .set({ status: "missed", settled_at: at })
      .where("status", "=", "open")
      .where("due_at", "is not", null)
      .where("due_at", "<", at)
      .returning(["id", "ticket_id", "owner", "due_at"])
      .execute();
    for (const row of rows)
      await audit(trx, deps, {
        actor: "deckhand:commitments",
        action: "commitment.missed",
        entityType: "ticket",
        entityId: row.ticket_id,
        details: { commitmentId: row.id, owner: row.owner, dueAt: row.due_at, by: "sweep" },
      });
    return rows.length;
  });
  const horizon = new Date(now.getTime() + leadMinutes * 60_000).toISOString();
  const candidates = await deps.db
    .selectFrom("commitments")
    .select(["id", "created_at", "due_at"])
    .where("status", "=", "open")
    .where("reminded_at", "is", null)
    .where("due_at", "is not", null)
    .where("due_at", "<=", horizon)
    .orderBy("due_at")
    .limit(BATCH)
    .execute();
  let reminders = 0;
  for (const row of candidates) {
    if (!row.due_at) continue;
    if (reminderAt(new Date(row.created_at), new Date(row.due_at), leadMinutes) > now) continue;
    await enqueue(deps.db, deps, {
      kind: REMIND_COMMITMENT_JOB,
      payload: { commitmentId: row.id },
      dedupeKey: `${REMIND_COMMITMENT_JOB}:${row.id}`,
    });
    reminders++;
  }
  return { missed, reminders };
}

/** The recurring jobs with the commitment sweep's lead time replaced (from DECKHAND_COMMITMENT_LEAD_MINUTES). */
export function withCommitmentLead(recurring: readonly Recurring[], leadMinutes: number): Recurring[] {
  return recurring.map((job) => (job.kind === SWEEP_COMMITMENTS_JOB ? commitmentSweep(leadMinutes) : job));
}
