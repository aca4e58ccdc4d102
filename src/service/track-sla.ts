import type { Transaction } from "kysely";
import { canTransition, type TStatus } from "../domain/lifecycle.ts";
import { WAITING_ON_US } from "../sla/timers.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { refreshSlaTimers } from "./refresh-sla-timers.ts";

export interface TrackSlaInput {
  ticketId: string;
  /** The ticket's status after the change. */
  status: TStatus;
  /** The customer wrote: pending nudges and closure notices no longer apply. */
  customerReplied?: boolean;
}

/**
 * The SLA hook every ticket change calls inside its transaction: records the status if it changed,
 * withdraws waiting-on-customer drafts when the customer wrote, and recomputes the ticket's timers.
 */
export async function trackSla(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { ticketId, status, customerReplied = false }: TrackSlaInput,
): Promise<void> {
  const last = await trx
    .selectFrom("ticket_status_changes")
    .select(["status", "seq"])
    .where("ticket_id", "=", ticketId)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  if (last?.status !== status)
    await trx
      .insertInto("ticket_status_changes")
      .values({
        id: deps.ids(),
        ticket_id: ticketId,
        status,
        at: nowIso(deps),
        seq: Number(last?.seq ?? 0) + 1,
      })
      .execute();
  if (customerReplied) await withdrawWaitingDrafts(trx, deps, ticketId);
  await refreshSlaTimers(trx, deps, ticketId);
}

async function withdrawWaitingDrafts(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  ticketId: string,
): Promise<void> {
  const withdrawn = await trx
    .updateTable("drafts")
    .set({
      status: "rejected",
      decided_at: nowIso(deps),
      decided_by: "system:customer-replied",
      send_at: null,
    })
    .where("ticket_id", "=", ticketId)
    .where("status", "=", "pending")
    .where("purpose", "in", ["nudge", "closure-notice"])
    .returning("id")
    .execute();
  if (withdrawn.length)
    await audit(trx, deps, {
      actor: "deckhand:sla",
      action: "sla.follow-ups-withdrawn",
      entityType: "ticket",
      entityId: ticketId,
      details: { drafts: withdrawn.map((d) => d.id), reason: "customer replied" },
    });
}

/**
 * The status a ticket takes when a reply goes out: it waits for the customer, except that a
 * progress update leaves it with us (an escalated ticket stays escalated) and a closure notice closes it.
 */
export async function statusAfterReply(
  trx: Transaction<Database>,
  { from, draftId }: { from: TStatus; draftId?: string },
): Promise<TStatus> {
  const draft = draftId
    ? await trx.selectFrom("drafts").select("purpose").where("id", "=", draftId).executeTakeFirst()
    : undefined;
  if (draft?.purpose === "progress-update" && WAITING_ON_US.includes(from))
    return from === "escalated" || !canTransition(from, "in_progress") ? from : "in_progress";
  if (draft?.purpose === "closure-notice" && canTransition(from, "closed")) return "closed";
  return canTransition(from, "awaiting_customer") ? "awaiting_customer" : from;
}
