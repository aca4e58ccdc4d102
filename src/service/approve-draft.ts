import { canTransition, type TStatus } from "../domain/lifecycle.ts";
import { redact } from "../pipeline/redact/redact.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { findPendingDraft } from "./find-pending-draft.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

export interface ApproveDraftInput {
  principal: Principal;
  ticketId: string;
  draftId: string;
  /** The engineer's edited reply; absent to send the draft as Deckhand wrote it. */
  body?: string;
}

/**
 * Approves a pending draft and sends it as the outbound reply (edited or not), then waits for the
 * customer. The audit entry says whether it was edited, for the overview.
 */
export async function approveDraft(
  deps: Deps,
  { principal, ticketId, draftId, body }: ApproveDraftInput,
): Promise<{ messageId: string; status: TStatus; edited: boolean }> {
  requireEngineer(principal);
  await getVisibleTicketRow(deps, principal, ticketId);
  return deps.db.transaction().execute(async (trx) => {
    const { draft, ticket } = await findPendingDraft(trx, ticketId, draftId);
    const edited = body !== undefined && body.trim() !== draft.body.trim();
    // An engineer may paste anything into the editor: the reply is redacted like customer text.
    const reply = redact(edited ? body : draft.body).text;
    const now = nowIso(deps);
    const actor = actorOf(principal);
    const messageId = deps.ids();
    await trx
      .insertInto("messages")
      .values({
        id: messageId,
        ticket_id: ticketId,
        kind: "outbound",
        author: actor,
        body: reply,
        created_at: now,
      })
      .execute();
    await trx
      .updateTable("drafts")
      .set({ status: "sent", decided_at: now, decided_by: actor })
      .where("id", "=", draftId)
      .execute();
    const from = ticket.status as TStatus;
    const status: TStatus = canTransition(from, "awaiting_customer") ? "awaiting_customer" : from;
    await trx.updateTable("tickets").set({ status, updated_at: now }).where("id", "=", ticketId).execute();
    await audit(trx, deps, {
      actor,
      action: "draft.approved",
      entityType: "ticket",
      entityId: ticketId,
      details: { draftId, messageId, edited, area: ticket.area, topCode: ticket.top_code, from, to: status },
    });
    return { messageId, status, edited };
  });
}
