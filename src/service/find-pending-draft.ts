import type { Transaction } from "kysely";
import { DeckhandError } from "../domain/errors.ts";
import type { Database } from "../store/schema.ts";

/** The draft of a ticket still waiting for review, locked for the decision; throws otherwise. */
export async function findPendingDraft(trx: Transaction<Database>, ticketId: string, draftId: string) {
  const draft = await trx
    .selectFrom("drafts")
    .selectAll()
    .where("id", "=", draftId)
    .where("ticket_id", "=", ticketId)
    .executeTakeFirst();
  if (!draft) throw new DeckhandError("not-found", `no draft ${draftId} on ticket ${ticketId}`);
  if (draft.status !== "pending")
    throw new DeckhandError("conflict", `the draft was already decided (${draft.status}); reload the ticket`);
  const ticket = await trx
    .selectFrom("tickets")
    .select(["status", "area", "top_code"])
    .where("id", "=", ticketId)
    .executeTakeFirstOrThrow();
  return { draft, ticket };
}
