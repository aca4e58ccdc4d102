import { recordDraftReview } from "../autonomy/record-review.ts";
import type { TRejectReason } from "../domain/console-api.ts";
import { canTransition, type TStatus } from "../domain/lifecycle.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { findPendingDraft } from "./find-pending-draft.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

export interface RejectDraftInput {
  principal: Principal;
  ticketId: string;
  draftId: string;
  reason: TRejectReason;
  text?: string;
}

/**
 * Rejects a pending draft with a reason; the ticket moves to in progress so an engineer answers
 * it. The review is recorded (a rejection sends an autonomous category back to draft-only); a
 * `wrong-diagnosis` rejection counts as a corrected diagnosis in the overview.
 */
export async function rejectDraft(
  deps: Deps,
  { principal, ticketId, draftId, reason, text }: RejectDraftInput,
): Promise<{ status: TStatus }> {
  requireEngineer(principal);
  await getVisibleTicketRow(deps, principal, ticketId);
  return deps.db.transaction().execute(async (trx) => {
    const { draft, ticket } = await findPendingDraft(trx, ticketId, draftId);
    const now = nowIso(deps);
    const actor = actorOf(principal);
    await trx
      .updateTable("drafts")
      .set({ status: "rejected", decided_at: now, decided_by: actor })
      .where("id", "=", draftId)
      .execute();
    await recordDraftReview(trx, deps, { outcome: "rejected", draft, reason, text, reviewer: actor });
    const from = ticket.status as TStatus;
    const status: TStatus =
      from === "awaiting_approval" && canTransition(from, "in_progress") ? "in_progress" : from;
    await trx.updateTable("tickets").set({ status, updated_at: now }).where("id", "=", ticketId).execute();
    await audit(trx, deps, {
      actor,
      action: "draft.rejected",
      entityType: "ticket",
      entityId: ticketId,
      details: {
        draftId,
        reason,
        text: text?.trim() || null,
        area: ticket.area,
        topCode: ticket.top_code,
        from,
        to: status,
      },
    });
    return { status };
  });
}
