import type { TActionKind } from "../domain/draft.ts";
import { audit } from "../service/audit.ts";
import type { Deps } from "../service/deps.ts";
import { nowIso } from "../service/deps.ts";
import { sendReply } from "../service/send-reply.ts";
import { causeOf, effectiveLevel, findCategory } from "./category.ts";
import { basisOf, categoryNumbers } from "./numbers.ts";
import { loadPolicy } from "./policy.ts";

/** Ticket states in which a held reply no longer fits: a person has taken the ticket elsewhere. */
const SETTLED = ["escalated", "resolved", "closed"];

/**
 * The held-draft job: when the hold is over and no person decided the draft first, it goes out as
 * Deckhand's reply. Anything else (decided, superseded, hold ended, category demoted, ticket
 * escalated or resolved) leaves it alone, so running it twice or late is harmless.
 */
export async function sendHeldDraft(deps: Deps, { draftId }: { draftId: string }): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const now = nowIso(deps);
    const draft = await trx.selectFrom("drafts").selectAll().where("id", "=", draftId).executeTakeFirst();
    if (!draft || draft.status !== "pending" || !draft.send_at || draft.send_at > now) return;
    // The guarded write decides a race with a person's approve or reject (see findPendingDraft).
    const claimed = await trx
      .updateTable("drafts")
      .set({ send_at: null })
      .where("id", "=", draftId)
      .where("status", "=", "pending")
      .where("send_at", "=", draft.send_at)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return;
    const ticket = await trx
      .selectFrom("tickets")
      .select("status")
      .where("id", "=", draft.ticket_id)
      .executeTakeFirstOrThrow();
    const key = { cause: causeOf(draft.code, draft.area), actionKind: draft.action_kind as TActionKind };
    const row = await findCategory(trx, key);
    const level = effectiveLevel(row);
    const refusal = SETTLED.includes(ticket.status)
      ? `the ticket is ${ticket.status}`
      : level === "draft-only"
        ? `${key.cause} × ${key.actionKind} is at draft-only now`
        : null;
    if (refusal) {
      await audit(trx, deps, {
        actor: "deckhand:autonomy",
        action: "draft.hold-cancelled",
        entityType: "ticket",
        entityId: draft.ticket_id,
        details: { draftId, wasDueAt: draft.send_at, reason: refusal },
      });
      return;
    }
    const { policy } = await loadPolicy(trx);
    const numbers = await categoryNumbers(trx, deps, key, row, policy);
    const { messageId, from, status } = await sendReply(trx, deps, {
      ticketId: draft.ticket_id,
      body: draft.body,
      actor: "deckhand:autonomy",
      draftId,
    });
    await audit(trx, deps, {
      actor: "deckhand:autonomy",
      action: "draft.sent-autonomously",
      entityType: "ticket",
      entityId: draft.ticket_id,
      details: {
        draftId,
        messageId,
        purpose: draft.purpose,
        actionKind: draft.action_kind,
        reason: `held since ${draft.created_at}; no person acted before ${draft.send_at}`,
        basis: { cause: key.cause, level, ...basisOf(numbers, policy) },
        from,
        to: status,
      },
    });
  });
}
