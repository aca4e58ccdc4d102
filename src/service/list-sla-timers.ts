import type { Kysely } from "kysely";
import { TIMER_KINDS, type TSlaSettings, type TSlaTimer } from "../domain/sla.ts";
import { mostUrgent, timerNow, type TimerKind } from "../sla/timers.ts";
import type { Database } from "../store/schema.ts";

const date = (text: string | null) => (text ? new Date(text) : null);

/** The stored timers of some tickets as the API shows them, as of `now`, keyed by ticket. */
export async function listSlaTimers(
  db: Kysely<Database>,
  settings: TSlaSettings,
  ticketIds: readonly string[],
  now: Date,
): Promise<Map<string, TSlaTimer[]>> {
  const byTicket = new Map<string, TSlaTimer[]>();
  if (ticketIds.length === 0) return byTicket;
  const rows = await db
    .selectFrom("sla_timers")
    .selectAll()
    .where("ticket_id", "in", [...ticketIds])
    .execute();
  const order = (kind: string) => TIMER_KINDS.indexOf(kind as TimerKind);
  rows.sort((a, b) => order(a.kind) - order(b.kind));
  for (const row of rows) {
    const stored = {
      kind: row.kind as TimerKind,
      hours: row.hours,
      targetMinutes: Number(row.target_minutes),
      startedAt: new Date(row.started_at),
      dueAt: date(row.due_at),
      warnAt: date(row.warn_at),
      pausedAt: date(row.paused_at),
      metAt: date(row.met_at),
      remainingMinutes: Number(row.remaining_minutes),
    };
    const { state, remainingMinutes } = timerNow(stored, settings, now);
    const timer: TSlaTimer = {
      kind: stored.kind,
      state,
      hours: row.hours,
      targetMinutes: stored.targetMinutes,
      startedAt: row.started_at,
      dueAt: row.due_at,
      pausedAt: row.paused_at,
      metAt: row.met_at,
      warnedAt: row.warned_at,
      breachedAt: row.breached_at,
      remainingMinutes: Math.round(remainingMinutes),
    };
    byTicket.set(row.ticket_id, [...(byTicket.get(row.ticket_id) ?? []), timer]);
  }
  return byTicket;
}

/** The one timer a queue row shows: the soonest due of those still running or overdue. */
export function queueTimer(timers: readonly TSlaTimer[] | undefined): TSlaTimer | null {
  return (
    mostUrgent((timers ?? []).map((t) => ({ ...t, dueAt: date(t.dueAt), metAt: date(t.metAt), timer: t })))
      ?.timer ?? null
  );
}
