import type { TReminder } from "../domain/commitment.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/**
 * The caller's reminders not yet dismissed, newest first: those for their own promises, and for
 * leads and admins also Deckhand's promises on unassigned tickets.
 */
export async function listReminders(
  deps: Pick<Deps, "db">,
  { principal }: { principal: Principal },
): Promise<{ items: TReminder[] }> {
  requireEngineer(principal);
  const recipients = reminderRecipients(principal);
  const rows = await deps.db
    .selectFrom("reminders")
    .innerJoin("commitments", "commitments.id", "reminders.commitment_id")
    .select([
      "reminders.id",
      "reminders.commitment_id",
      "reminders.ticket_id",
      "reminders.message",
      "reminders.created_at",
      "commitments.due_at",
    ])
    .where("reminders.recipient", "in", recipients)
    .where("reminders.dismissed_at", "is", null)
    .orderBy("reminders.created_at", "desc")
    .limit(50)
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      commitmentId: row.commitment_id,
      ticketId: row.ticket_id,
      message: row.message,
      dueAt: row.due_at,
      createdAt: row.created_at,
    })),
  };
}

/** Whose reminders a principal sees. */
export function reminderRecipients(principal: Principal): string[] {
  if (principal.kind !== "engineer") return [];
  const own = principal.engineerId ?? principal.tokenId;
  return principal.role === "agent" ? [own] : [own, "deckhand"];
}
