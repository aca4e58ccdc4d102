import type { Transaction } from "kysely";
import { demoteForReopen } from "../autonomy/demote.ts";
import { assertTransition, type TStatus } from "../domain/lifecycle.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { settleCommitments } from "./settle-commitments.ts";
import { trackSla } from "./track-sla.ts";

export interface MoveTicketInput {
  ticketId: string;
  to: TStatus;
  actor: string;
  /** The audit action, e.g. `ticket.status` or `ticket.escalated`. */
  action: string;
  details?: Record<string, unknown>;
}

/**
 * Moves a ticket to a new status inside the caller's transaction: reads the current status, refuses
 * an invalid move, writes the change and its audit entry; a reopened ticket sends the categories
 * that answered it back to draft-only. Returns the status it came from.
 */
export async function moveTicket(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { ticketId, to, actor, action, details = {} }: MoveTicketInput,
): Promise<TStatus> {
  const row = await trx
    .selectFrom("tickets")
    .select("status")
    .where("id", "=", ticketId)
    .executeTakeFirstOrThrow();
  const from = row.status as TStatus;
  assertTransition(from, to);
  if (from === to) return from;
  await trx
    .updateTable("tickets")
    .set({ status: to, updated_at: nowIso(deps) })
    .where("id", "=", ticketId)
    .execute();
  await trackSla(trx, deps, { ticketId, status: to });
  await audit(trx, deps, {
    actor,
    action,
    entityType: "ticket",
    entityId: ticketId,
    details: { ...details, from, to },
  });
  if ((from === "resolved" || from === "closed") && to === "in_progress")
    await demoteForReopen(trx, deps, { ticketId, actor });
  // Resolving keeps the ticket's open promises; closing it unresolved cancels them.
  if (to === "resolved" || (to === "closed" && from !== "resolved"))
    await settleCommitments(trx, deps, { ticketId, reason: to, actor });
  return from;
}
