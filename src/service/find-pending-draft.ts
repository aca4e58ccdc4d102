import type { Transaction } from "kysely";
import { DeckhandError } from "../domain/errors.ts";
import type { Database } from "../store/schema.ts";

/**
 * The draft of a ticket still waiting for review, locked for the decision; throws otherwise. The
 * lock is a guarded write (which also ends any hold), so a person and the held-draft job deciding
 * at once cannot both send: whoever writes first wins, the other finds it decided.
 */
export async function findPendingDraft(trx: Transaction<Database>, ticketId: string, draftId: string) {
  const locked = await trx
    .updateTable("drafts")
    .set({ send_at: null })
    .where("id", "=", draftId)
    .where("ticket_id", "=", ticketId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  const draft = await trx
    .selectFrom("drafts")
    .selectAll()
    .where("id", "=", draftId)
    .where("ticket_id", "=", ticketId)
    .executeTakeFirst();
  if (!draft) throw new DeckhandError("not-found", `no draft ${draftId} on ticket ${ticketId}`);
  if (Number(locked.numUpdatedRows) === 0 || draft.status !== "pending")
    throw new DeckhandError("conflict", `the draft was already decided (${draft.status}); reload the ticket`);
  const ticket = await trx
    .selectFrom("tickets")
    .select(["status", "area", "top_code"])
    .where("id", "=", ticketId)
    .executeTakeFirstOrThrow();
  return { draft, ticket };
}
