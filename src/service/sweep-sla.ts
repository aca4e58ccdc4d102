import { OPEN_STATUSES } from "../domain/lifecycle.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { draftProgressUpdates } from "./draft-progress-updates.ts";
import { followUpWaitingTickets } from "./follow-up-waiting-tickets.ts";
import { loadSlaSettings } from "./get-sla-settings.ts";
import { refreshSlaTimers } from "./refresh-sla-timers.ts";

/** The recurring SLA job (every minute): warnings, breaches, progress updates, nudges, closures. */
export const SLA_SWEEP_JOB = "sla.sweep";
/** Recomputes every open ticket's timers after the settings changed. */
export const SLA_RECOMPUTE_JOB = "sla.recompute";

const BATCH = 500;

export interface SweepReport {
  backfilled: number;
  warnings: number;
  breaches: number;
  progressUpdates: number;
  nudges: number;
  closures: number;
}

/**
 * One SLA sweep. Safe with any number of workers and after a crash: every warning, breach and
 * follow-up is claimed by a conditional write that only one of them can win, and whatever a failed
 * sweep left undone is still due for the next.
 */
export async function sweepSla(deps: Deps): Promise<SweepReport> {
  const { settings } = await loadSlaSettings(deps.db);
  const backfilled = await backfillTimers(deps);
  const warnings = await record(deps, "warned_at", "warn_at", "sla.warning");
  const breaches = await record(deps, "breached_at", "due_at", "sla.breached");
  const progressUpdates = await draftProgressUpdates(deps, settings);
  const { nudges, closures } = await followUpWaitingTickets(deps, settings);
  return { backfilled, warnings, breaches, progressUpdates, nudges, closures };
}

/** Records each warning or breach that has come due, exactly once, with its audit entry. */
async function record(
  deps: Deps,
  column: "warned_at" | "breached_at",
  at: "warn_at" | "due_at",
  action: string,
): Promise<number> {
  const now = nowIso(deps);
  let query = deps.db
    .selectFrom("sla_timers")
    .selectAll()
    .where(at, "<=", now)
    .where(column, "is", null)
    .orderBy(at)
    .limit(BATCH);
  // A timer met before its warning needs none; a timer met late was still breached.
  if (column === "warned_at") query = query.where("met_at", "is", null);
  let recorded = 0;
  for (const timer of await query.execute()) {
    try {
      const won = await deps.db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable("sla_timers")
          .set({ [column]: now } as Partial<Database["sla_timers"]>)
          .where("id", "=", timer.id)
          .where(column, "is", null)
          .where("started_at", "=", timer.started_at)
          .where(at, "=", timer[at])
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await audit(trx, deps, {
          actor: "deckhand:sla",
          action,
          entityType: "ticket",
          entityId: timer.ticket_id,
          details: {
            timer: timer.kind,
            targetMinutes: Number(timer.target_minutes),
            hours: timer.hours,
            startedAt: timer.started_at,
            dueAt: timer.due_at,
          },
        });
        return true;
      });
      if (won) recorded++;
    } catch (error) {
      deps.log.error("sla record failed", { timer: timer.id, error: String(error) });
    }
  }
  return recorded;
}

/** Open tickets from before SLA tracking (or whose timers were never stored) get theirs. */
async function backfillTimers(deps: Deps): Promise<number> {
  const missing = await deps.db
    .selectFrom("tickets")
    .select("id")
    .where("status", "in", [...OPEN_STATUSES])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("sla_timers")
            .select("sla_timers.id")
            .whereRef("sla_timers.ticket_id", "=", "tickets.id"),
        ),
      ),
    )
    .limit(BATCH)
    .execute();
  for (const { id } of missing) await deps.db.transaction().execute((trx) => refreshSlaTimers(trx, deps, id));
  return missing.length;
}

/** Recomputes the timers of every open ticket (after a settings change), a batch a transaction. */
export async function recomputeOpenTimers(deps: Deps): Promise<number> {
  const { settings } = await loadSlaSettings(deps.db);
  let done = 0;
  let after = "";
  for (;;) {
    const page = await deps.db
      .selectFrom("tickets")
      .select("id")
      .where("status", "in", [...OPEN_STATUSES])
      .where("id", ">", after)
      .orderBy("id")
      .limit(100)
      .execute();
    if (page.length === 0) return done;
    await deps.db.transaction().execute(async (trx) => {
      for (const { id } of page) await refreshSlaTimers(trx, deps, id, settings);
    });
    done += page.length;
    after = page[page.length - 1]?.id ?? after;
  }
}
