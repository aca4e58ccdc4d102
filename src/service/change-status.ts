import { assertTransition, type TStatus } from "../domain/lifecycle.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/** Moves a ticket along its lifecycle; invalid moves are refused with the allowed ones named. */
export async function changeStatus(
  deps: Deps,
  { principal, ticketId, status }: { principal: Principal; ticketId: string; status: TStatus },
): Promise<{ status: TStatus }> {
  requireEngineer(principal);
  await getVisibleTicketRow(deps, principal, ticketId);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("tickets")
      .select("status")
      .where("id", "=", ticketId)
      .executeTakeFirstOrThrow();
    const from = row.status as TStatus;
    assertTransition(from, status);
    if (from === status) return { status };
    await trx
      .updateTable("tickets")
      .set({ status, updated_at: nowIso(deps) })
      .where("id", "=", ticketId)
      .execute();
    await audit(trx, deps, {
      actor: actorOf(principal),
      action: "ticket.status",
      entityType: "ticket",
      entityId: ticketId,
      details: { from, to: status },
    });
    return { status };
  });
}
