import { assertTransition, type TStatus } from "../domain/lifecycle.ts";
import type { TTeam } from "../domain/taxonomy.ts";
import { redact } from "../pipeline/redact/redact.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

export interface EscalateTicketInput {
  principal: Principal;
  ticketId: string;
  team: TTeam;
  /** The handoff for the receiving team: facts, evidence, hypothesis. */
  handoff: string;
}

/** Escalates a ticket to a team with a handoff; the ticket becomes escalated. */
export async function escalateTicket(
  deps: Deps,
  { principal, ticketId, team, handoff }: EscalateTicketInput,
): Promise<{ id: string; status: TStatus }> {
  requireEngineer(principal);
  await getVisibleTicketRow(deps, principal, ticketId);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("tickets")
      .select("status")
      .where("id", "=", ticketId)
      .executeTakeFirstOrThrow();
    const from = row.status as TStatus;
    assertTransition(from, "escalated");
    const now = nowIso(deps);
    const id = deps.ids();
    await trx
      .insertInto("escalations")
      .values({
        id,
        ticket_id: ticketId,
        team,
        reason: redact(handoff).text,
        status: "open",
        created_at: now,
      })
      .execute();
    await trx
      .updateTable("tickets")
      .set({ status: "escalated", updated_at: now })
      .where("id", "=", ticketId)
      .execute();
    await audit(trx, deps, {
      actor: actorOf(principal),
      action: "ticket.escalated",
      entityType: "ticket",
      entityId: ticketId,
      details: { escalationId: id, team, from, to: "escalated" },
    });
    return { id, status: "escalated" };
  });
}
