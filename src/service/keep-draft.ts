import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { findPendingDraft } from "./find-pending-draft.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/**
 * A person stops a held draft from going out on its own (to edit it at leisure, say): it stays
 * pending for review. Not a review; the category's level is unchanged.
 */
export async function keepDraft(
  deps: Deps,
  { principal, ticketId, draftId }: { principal: Principal; ticketId: string; draftId: string },
): Promise<{ draftId: string; wasDueAt: string | null }> {
  requireEngineer(principal);
  await getVisibleTicketRow(deps, principal, ticketId);
  return deps.db.transaction().execute(async (trx) => {
    const held = await trx
      .selectFrom("drafts")
      .select("send_at")
      .where("id", "=", draftId)
      .executeTakeFirst();
    await findPendingDraft(trx, ticketId, draftId);
    const wasDueAt = held?.send_at ?? null;
    if (wasDueAt)
      await audit(trx, deps, {
        actor: actorOf(principal),
        action: "draft.hold-cancelled",
        entityType: "ticket",
        entityId: ticketId,
        details: { draftId, wasDueAt, reason: "a person kept it for review" },
      });
    return { draftId, wasDueAt };
  });
}
