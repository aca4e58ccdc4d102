import type { TStatus } from "../domain/lifecycle.ts";
import type { TTeam } from "../domain/taxonomy.ts";
import { redact } from "../pipeline/redact/redact.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { audit } from "./audit.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { moveTicket } from "./move-ticket.ts";
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
    const id = deps.ids();
    // Moving first refuses an escalation the lifecycle does not allow before anything is written.
    const from = await moveTicket(trx, deps, {
      ticketId,
      to: "escalated",
      actor: actorOf(principal),
      action: "ticket.escalated",
      details: { escalationId: id, team },
    });
    await trx
      .insertInto("escalations")
      .values({
        id,
        ticket_id: ticketId,
        team,
        reason: redact(handoff).text,
        status: "open",
        created_at: nowIso(deps),
      })
      .execute();
    // A second escalation of an escalated ticket changes no status, but is still on the record.
    if (from === "escalated")
      await audit(trx, deps, {
        actor: actorOf(principal),
        action: "ticket.escalated",
        entityType: "ticket",
        entityId: ticketId,
        details: { escalationId: id, team, from, to: "escalated" },
      });
    return { id, status: "escalated" as const };
  });
}
