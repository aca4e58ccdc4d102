import type { Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

export interface SettleCommitmentsInput {
  ticketId: string;
  /** A reply went out or the ticket was resolved (keeps them), or it was closed unresolved (cancels). */
  reason: "reply" | "resolved" | "closed";
  actor: string;
}

/**
 * Settles a ticket's open promises inside the caller's transaction: a reply or a resolution before
 * the due time keeps them, one after it finds them missed (if the sweep has not marked them yet),
 * and closing an unresolved ticket cancels them. Each row changes only while still open, so a
 * promise is settled once.
 */
export async function settleCommitments(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { ticketId, reason, actor }: SettleCommitmentsInput,
): Promise<void> {
  const now = nowIso(deps);
  const open = await trx
    .selectFrom("commitments")
    .select(["id", "due_at"])
    .where("ticket_id", "=", ticketId)
    .where("status", "=", "open")
    .execute();
  for (const commitment of open) {
    const status =
      reason === "closed"
        ? "cancelled"
        : commitment.due_at === null || commitment.due_at >= now
          ? "kept"
          : "missed";
    const changed = await trx
      .updateTable("commitments")
      .set({ status, settled_at: now, kept_at: status === "kept" ? now : null })
      .where("id", "=", commitment.id)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) continue;
    await audit(trx, deps, {
      actor,
      action: `commitment.${status}`,
      entityType: "ticket",
      entityId: ticketId,
      details: { commitmentId: commitment.id, dueAt: commitment.due_at, by: reason },
    });
  }
}
