import { recordDraftReview } from "../autonomy/record-review.ts";
import type { TStatus } from "../domain/lifecycle.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { findPendingDraft } from "./find-pending-draft.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";
import { sendReply } from "./send-reply.ts";

export interface ApproveDraftInput {
  principal: Principal;
  ticketId: string;
  draftId: string;
  /** The engineer's edited reply; absent to send the draft as Deckhand wrote it. */
  body?: string;
}

/**
 * Approves a pending draft and sends it as the outbound reply (edited or not), then waits for the
 * customer. The review (unchanged, or edited with its diff) is recorded for earned autonomy, and the
 * audit entry says whether it was edited, for the overview.
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
    const actor = actorOf(principal);
    const { messageId, from, status } = await sendReply(trx, deps, {
      ticketId,
      body: edited ? body : draft.body,
      actor,
      draftId,
    });
    const review = await recordDraftReview(trx, deps, {
      outcome: "approved",
      draft,
      sent: edited ? body : draft.body,
      reviewer: actor,
    });
    await audit(trx, deps, {
      actor,
      action: "draft.approved",
      entityType: "ticket",
      entityId: ticketId,
      details: {
        draftId,
        messageId,
        edited,
        editRatio: review.editRatio,
        accepted: review.accepted,
        area: ticket.area,
        topCode: ticket.top_code,
        from,
        to: status,
      },
    });
    return { messageId, status, edited };
  });
}
