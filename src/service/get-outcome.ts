import type { TOutcome } from "../domain/outcome.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** The API shape of an outcome row. */
export function toOutcome(row: Database["ticket_outcomes"]): TOutcome {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    verdict: row.verdict,
    predictedCode: row.predicted_code,
    code: row.code,
    note: row.cause_note,
    keyErrorLine: row.key_error_line,
    decidedBy: row.decided_by,
    createdAt: row.created_at,
  };
}

/** How a ticket was resolved (its confirmed or corrected cause), or null before it was. */
export async function getOutcome(
  deps: Pick<Deps, "db">,
  { principal, ticketId }: { principal: Principal; ticketId: string },
): Promise<TOutcome | null> {
  requireEngineer(principal);
  await getVisibleTicketRow(deps, principal, ticketId);
  const row = await deps.db
    .selectFrom("ticket_outcomes")
    .selectAll()
    .where("ticket_id", "=", ticketId)
    .executeTakeFirst();
  return row ? toOutcome(row) : null;
}
