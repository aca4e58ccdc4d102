import type { Transaction } from "kysely";
import type { Delivery } from "../autonomy/plan-delivery.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import { createDraft } from "./create-draft.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

export type FollowUpKind = Database["sla_follow_ups"]["kind"];

export interface DraftFollowUpInput {
  ticketId: string;
  kind: FollowUpKind;
  /** What makes this follow-up once-only: the timer period or waiting period it belongs to. */
  period: string;
  body: string;
}

/**
 * Writes a follow-up draft at most once per ticket, kind and period, inside the caller's
 * transaction: the unique follow-up row is claimed first, so a second worker (or a retried job)
 * finds it taken and writes nothing. Refuses while another kind of draft awaits review, which a
 * new draft would supersede. Returns the draft, or null when nothing was written.
 */
export async function draftFollowUp(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { ticketId, kind, period, body }: DraftFollowUpInput,
): Promise<{ draftId: string; delivery: Delivery } | null> {
  const waiting = await trx
    .selectFrom("drafts")
    .select("id")
    .where("ticket_id", "=", ticketId)
    .where("status", "=", "pending")
    .where("purpose", "!=", kind)
    .executeTakeFirst();
  if (waiting) return null;
  const claimed = await trx
    .insertInto("sla_follow_ups")
    .values({ id: deps.ids(), ticket_id: ticketId, kind, period, draft_id: null, created_at: nowIso(deps) })
    .onConflict((oc) => oc.columns(["ticket_id", "kind", "period"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!claimed) return null;
  const ticket = await trx
    .selectFrom("tickets")
    .selectAll()
    .where("id", "=", ticketId)
    .executeTakeFirstOrThrow();
  const escalation = await trx
    .selectFrom("escalations")
    .select("id")
    .where("ticket_id", "=", ticketId)
    .where("status", "=", "open")
    .executeTakeFirst();
  const result = await createDraft(trx, deps, {
    ticketId,
    body,
    purpose: kind,
    triageVersion: Number(ticket.triage_version),
    actionKind: "status-update",
    area: ticket.area,
    code: ticket.top_code,
    confidence: ticket.top_confidence === null ? null : Number(ticket.top_confidence),
    priority: ticket.priority,
    escalated: escalation !== undefined,
  });
  await trx
    .updateTable("sla_follow_ups")
    .set({ draft_id: result.draftId })
    .where("id", "=", claimed.id)
    .execute();
  await audit(trx, deps, {
    actor: "deckhand:sla",
    action: `sla.${kind}-drafted`,
    entityType: "ticket",
    entityId: ticketId,
    details: { draftId: result.draftId, period, delivery: result.delivery.mode },
  });
  return result;
}
