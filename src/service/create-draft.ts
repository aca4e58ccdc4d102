import type { Transaction } from "kysely";
import { planDelivery, type Delivery, type DraftCategory } from "../autonomy/plan-delivery.ts";
import type { TDraftPurpose } from "../domain/draft.ts";
import { enqueue } from "../jobs/queue.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { guardDeckhandPromises } from "./guard-deckhand-promises.ts";
import { sendReply } from "./send-reply.ts";

/** The job that sends a held draft when its hold ends (unless a person decided it first). */
export const SEND_HELD_DRAFT_JOB = "draft.send-held";

export interface CreateDraftInput extends DraftCategory {
  body: string;
  purpose: TDraftPurpose;
  /** The triage version the draft was written from (the ticket's current one for follow-ups). */
  triageVersion: number;
}

/**
 * Every draft is written through here, inside the caller's transaction: it replaces any draft still
 * waiting for review on the ticket, then goes out as autonomy allows (review, hold, or send at once),
 * and the decision is audited with its reason.
 */
export async function createDraft(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  input: CreateDraftInput,
): Promise<{ draftId: string; delivery: Delivery }> {
  const now = nowIso(deps);
  // Deckhand writes every draft: it may not promise a time nobody tracks.
  const body = await guardDeckhandPromises(trx, deps, {
    ticketId: input.ticketId,
    body: input.body,
    purpose: input.purpose,
    actor: "deckhand:drafts",
  });
  await trx
    .updateTable("drafts")
    .set({ status: "rejected", decided_at: now, decided_by: "system:superseded", send_at: null })
    .where("ticket_id", "=", input.ticketId)
    .where("status", "=", "pending")
    .execute();
  const delivery = await planDelivery(trx, deps, input);
  const draftId = deps.ids();
  await trx
    .insertInto("drafts")
    .values({
      id: draftId,
      ticket_id: input.ticketId,
      triage_version: input.triageVersion,
      body,
      status: "pending",
      created_at: now,
      decided_at: null,
      decided_by: null,
      action_kind: input.actionKind,
      purpose: input.purpose,
      area: input.area,
      code: input.code,
      confidence: input.confidence,
      priority: input.priority,
      send_at: delivery.mode === "hold" ? delivery.sendAt.toISOString() : null,
    })
    .execute();
  if (delivery.mode === "hold")
    await enqueue(trx, deps, {
      kind: SEND_HELD_DRAFT_JOB,
      payload: { draftId },
      dedupeKey: `${SEND_HELD_DRAFT_JOB}:${draftId}`,
      runAt: delivery.sendAt,
    });
  if (delivery.mode === "send")
    await sendReply(trx, deps, {
      ticketId: input.ticketId,
      body,
      actor: "deckhand:autonomy",
      draftId,
    });
  if (delivery.mode !== "review")
    await audit(trx, deps, {
      actor: "deckhand:autonomy",
      action: delivery.mode === "send" ? "draft.sent-autonomously" : "draft.held",
      entityType: "ticket",
      entityId: input.ticketId,
      details: {
        draftId,
        purpose: input.purpose,
        actionKind: input.actionKind,
        reason: delivery.reason,
        ...(delivery.mode === "hold" ? { sendAt: delivery.sendAt.toISOString() } : {}),
        ...(delivery.basis ? { basis: delivery.basis } : {}),
      },
    });
  return { draftId, delivery };
}
