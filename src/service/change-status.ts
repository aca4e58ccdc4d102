import type { TStatus } from "../domain/lifecycle.ts";
import type { Deps } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { moveTicket } from "./move-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/** Moves a ticket along its lifecycle; invalid moves are refused with the allowed ones named. */
export async function changeStatus(
  deps: Deps,
  { principal, ticketId, status }: { principal: Principal; ticketId: string; status: TStatus },
): Promise<{ status: TStatus }> {
  requireEngineer(principal);
  await getVisibleTicketRow(deps, principal, ticketId);
  await deps.db
    .transaction()
    .execute((trx) =>
      moveTicket(trx, deps, { ticketId, to: status, actor: actorOf(principal), action: "ticket.status" }),
    );
  return { status };
}
