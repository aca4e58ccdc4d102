import { sql, type Transaction } from "kysely";
import type { TStatus } from "../domain/lifecycle.ts";
import type { TSlaSettings } from "../domain/sla.ts";
import { policyFor } from "../sla/policies.ts";
import { computeTimers, type TicketHistory } from "../sla/timers.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { loadSlaSettings } from "./get-sla-settings.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;
const date = (text: string | null | undefined) => (text ? new Date(text) : null);

/** A ticket's history as the timers need it, from its status changes and our replies. */
export async function loadTicketHistory(
  trx: Transaction<Database>,
  ticket: { id: string; status: string; created_at: string; updated_at: string },
): Promise<TicketHistory> {
  const changes = await trx
    .selectFrom("ticket_status_changes")
    .select(["status", "at"])
    .where("ticket_id", "=", ticket.id)
    .orderBy("seq")
    .execute();
  const outbound = await trx
    .selectFrom("messages")
    .select((eb) => [eb.fn.min("created_at").as("first"), eb.fn.max("created_at").as("last")])
    .where("ticket_id", "=", ticket.id)
    .where("kind", "=", "outbound")
    .executeTakeFirst();
  const statuses = changes.map((c) => ({ at: new Date(c.at), status: c.status as TStatus }));
  // A change made where no hook records it still shows in the ticket row: count it from its update.
  const last = statuses[statuses.length - 1];
  if ((last?.status ?? "new") !== ticket.status) {
    const at = new Date(ticket.updated_at);
    statuses.push({ at: last && last.at > at ? last.at : at, status: ticket.status as TStatus });
  }
  return {
    createdAt: new Date(ticket.created_at),
    statuses,
    firstOutboundAt: date(outbound?.first),
    lastOutboundAt: date(outbound?.last),
  };
}

/**
 * Recomputes a ticket's timers from its history and stores them, inside the caller's transaction.
 * A timer keeps its recorded warning and breach while its period (start) and target stay the same;
 * a restarted timer (a new reply of ours) or a new target (a priority change) starts clean.
 */
export async function refreshSlaTimers(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  ticketId: string,
  given?: TSlaSettings,
): Promise<void> {
  const ticket = await trx
    .selectFrom("tickets")
    .innerJoin("organisations", "organisations.id", "tickets.org_id")
    .select([
      "tickets.id",
      "tickets.status",
      "tickets.priority",
      "tickets.created_at",
      "tickets.updated_at",
      "organisations.plan",
    ])
    .where("tickets.id", "=", ticketId)
    .executeTakeFirst();
  if (!ticket) return;
  const settings = given ?? (await loadSlaSettings(trx)).settings;
  const history = await loadTicketHistory(trx, ticket);
  const policy = policyFor(settings, ticket.priority, ticket.plan);
  const now = nowIso(deps);
  for (const timer of computeTimers(history, policy, settings, deps.clock())) {
    const same = sql<boolean>`sla_timers.started_at = excluded.started_at AND sla_timers.target_minutes = excluded.target_minutes`;
    await trx
      .insertInto("sla_timers")
      .values({
        id: deps.ids(),
        ticket_id: ticketId,
        kind: timer.kind,
        hours: timer.hours,
        target_minutes: timer.targetMinutes,
        started_at: timer.startedAt.toISOString(),
        due_at: iso(timer.dueAt),
        warn_at: iso(timer.warnAt),
        paused_at: iso(timer.pausedAt),
        met_at: iso(timer.metAt),
        remaining_minutes: timer.remainingMinutes,
        warned_at: null,
        breached_at: null,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(["ticket_id", "kind"]).doUpdateSet((eb) => ({
          hours: eb.ref("excluded.hours"),
          target_minutes: eb.ref("excluded.target_minutes"),
          started_at: eb.ref("excluded.started_at"),
          due_at: eb.ref("excluded.due_at"),
          warn_at: eb.ref("excluded.warn_at"),
          paused_at: eb.ref("excluded.paused_at"),
          met_at: eb.ref("excluded.met_at"),
          remaining_minutes: eb.ref("excluded.remaining_minutes"),
          updated_at: eb.ref("excluded.updated_at"),
          warned_at: sql<string | null>`CASE WHEN ${same} THEN sla_timers.warned_at ELSE NULL END`,
          breached_at: sql<string | null>`CASE WHEN ${same} THEN sla_timers.breached_at ELSE NULL END`,
        })),
      )
      .execute();
  }
}
