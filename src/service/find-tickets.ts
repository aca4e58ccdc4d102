import { sql } from "kysely";
import type { z } from "zod";
import type { ZTicketSummary } from "../domain/api.ts";
import { DeckhandError } from "../domain/errors.ts";
import { OPEN_STATUSES, type TStatus } from "../domain/lifecycle.ts";
import type { Deps } from "./deps.ts";
import { loadSlaSettings } from "./get-sla-settings.ts";
import { toSummary } from "./get-ticket.ts";
import { listSlaTimers, queueTimer } from "./list-sla-timers.ts";
import { orgScope, type Principal } from "./principal.ts";

export interface FindTicketsInput {
  principal: Principal;
  status?: TStatus;
  area?: string;
  priority?: string;
  /** Only tickets still needing attention, most urgent first. */
  queue?: boolean;
  /** `sla`: by priority, then the soonest due SLA timer (overdue first), then age. */
  sort?: "sla";
  limit?: number;
  cursor?: string;
}

export interface TicketPage {
  items: z.infer<typeof ZTicketSummary>[];
  nextCursor: string | null;
}

/** A page of tickets the principal may see; the queue orders by priority, then age. */
export async function findTickets(
  deps: Pick<Deps, "db" | "clock">,
  input: FindTicketsInput,
): Promise<TicketPage> {
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  const offset = input.cursor === undefined ? 0 : Number.parseInt(input.cursor, 10);
  if (!Number.isInteger(offset) || offset < 0) throw new DeckhandError("bad-input", "cursor is not valid");
  let query = deps.db
    .selectFrom("tickets")
    .innerJoin("organisations", "organisations.id", "tickets.org_id")
    .selectAll("tickets")
    .select("organisations.slug as org_slug");
  const scope = orgScope(input.principal);
  if (scope) query = query.where("tickets.org_id", "=", scope);
  if (input.queue) query = query.where("tickets.status", "in", [...OPEN_STATUSES]);
  if (input.status) query = query.where("tickets.status", "=", input.status);
  if (input.area) query = query.where("tickets.area", "=", input.area);
  if (input.priority) query = query.where("tickets.priority", "=", input.priority);
  query =
    input.sort === "sla"
      ? query
          .orderBy(sql`coalesce(tickets.priority, 'P2')`)
          .orderBy(
            sql`coalesce((select min(sla_timers.due_at) from sla_timers
              where sla_timers.ticket_id = tickets.id and sla_timers.met_at is null), '9999')`,
          )
          .orderBy("tickets.created_at")
          .orderBy("tickets.id")
      : input.queue
        ? query
            // Untriaged tickets have no priority yet: they sort with P2 until triage says otherwise.
            .orderBy(sql`coalesce(tickets.priority, 'P2')`)
            .orderBy("tickets.created_at")
            .orderBy("tickets.id")
        : query.orderBy("tickets.created_at", "desc").orderBy("tickets.id");
  const rows = await query
    .limit(limit + 1)
    .offset(offset)
    .execute();
  const page = rows.slice(0, limit);
  const timers =
    input.principal.kind === "engineer"
      ? await listSlaTimers(
          deps.db,
          (await loadSlaSettings(deps.db)).settings,
          page.map((r) => r.id),
          deps.clock(),
        )
      : null;
  return {
    items: page.map((row) => ({
      ...toSummary(row),
      ...(timers ? { sla: queueTimer(timers.get(row.id)) } : {}),
    })),
    nextCursor: rows.length > limit ? String(offset + limit) : null,
  };
}
