import { DeckhandError } from "../domain/errors.ts";
import type { Deps } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import type { Principal } from "./principal.ts";

/** The (redacted) text of one attachment of a ticket the principal may see. */
export async function getAttachment(
  deps: Pick<Deps, "db">,
  { principal, ticketId, attachmentId }: { principal: Principal; ticketId: string; attachmentId: string },
): Promise<{ id: string; name: string; text: string }> {
  await getVisibleTicketRow(deps, principal, ticketId);
  const row = await deps.db
    .selectFrom("attachments")
    .select(["id", "name", "text"])
    .where("ticket_id", "=", ticketId)
    .where("id", "=", attachmentId)
    .executeTakeFirst();
  if (!row) throw new DeckhandError("not-found", `no attachment ${attachmentId} on ticket ${ticketId}`);
  return row;
}
