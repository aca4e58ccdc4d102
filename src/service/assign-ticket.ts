import { DeckhandError } from "../domain/errors.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

export interface AssignTicketInput {
  principal: Principal;
  ticketId: string;
  /** The engineer to assign, or null to unassign. */
  assigneeId: string | null;
}

/** Assigns a ticket. Agents may take a ticket or let it go; leads and admins assign anyone. */
export async function assignTicket(
  deps: Deps,
  { principal, ticketId, assigneeId }: AssignTicketInput,
): Promise<{ assigneeId: string | null }> {
  requireEngineer(principal);
  const row = await getVisibleTicketRow(deps, principal, ticketId);
  const self = principal.kind === "engineer" ? principal.engineerId : null;
  const onlySelf = assigneeId === self && (row.assignee_id === null || row.assignee_id === self);
  const release = assigneeId === null && row.assignee_id !== null && row.assignee_id === self;
  if (!onlySelf && !release) requireEngineer(principal, "lead");
  if (assigneeId !== null) {
    const engineer = await deps.db
      .selectFrom("engineers")
      .select("id")
      .where("id", "=", assigneeId)
      .executeTakeFirst();
    if (!engineer) throw new DeckhandError("bad-input", `no engineer ${assigneeId}`);
  }
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("tickets")
      .set({ assignee_id: assigneeId, updated_at: nowIso(deps) })
      .where("id", "=", ticketId)
      .execute();
    await audit(trx, deps, {
      actor: actorOf(principal),
      action: "ticket.assigned",
      entityType: "ticket",
      entityId: ticketId,
      details: { from: row.assignee_id, to: assigneeId },
    });
  });
  return { assigneeId };
}
