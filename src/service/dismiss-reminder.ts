import { DeckhandError } from "../domain/errors.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { reminderRecipients } from "./list-reminders.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/** Dismisses one of the caller's reminders (it stops showing in the console). */
export async function dismissReminder(
  deps: Deps,
  { principal, id }: { principal: Principal; id: string },
): Promise<{ id: string; dismissedAt: string }> {
  requireEngineer(principal);
  return deps.db.transaction().execute(async (trx) => {
    const now = nowIso(deps);
    const reminder = await trx
      .selectFrom("reminders")
      .select(["id", "ticket_id", "dismissed_at"])
      .where("id", "=", id)
      .where("recipient", "in", reminderRecipients(principal))
      .executeTakeFirst();
    if (!reminder) throw new DeckhandError("not-found", `no reminder ${id}`);
    if (reminder.dismissed_at) return { id, dismissedAt: reminder.dismissed_at };
    await trx.updateTable("reminders").set({ dismissed_at: now }).where("id", "=", id).execute();
    await audit(trx, deps, {
      actor: actorOf(principal),
      action: "commitment.reminder-dismissed",
      entityType: "ticket",
      entityId: reminder.ticket_id,
      details: { reminderId: id },
    });
    return { id, dismissedAt: now };
  });
}
