import type { TTicket } from "../domain/ticket.ts";
import type { Deps } from "./deps.ts";

/** Rebuilds the pipeline's input from what the customer wrote: every inbound message and attachment. */
export async function loadTicketText(deps: Pick<Deps, "db">, ticketId: string): Promise<TTicket | undefined> {
  const ticket = await deps.db
    .selectFrom("tickets")
    .selectAll()
    .where("id", "=", ticketId)
    .executeTakeFirst();
  if (!ticket) return undefined;
  const messages = await deps.db
    .selectFrom("messages")
    .select(["body"])
    .where("ticket_id", "=", ticketId)
    .where("kind", "=", "inbound")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const attachments = await deps.db
    .selectFrom("attachments")
    .select(["name", "text"])
    .where("ticket_id", "=", ticketId)
    .orderBy("id")
    .execute();
  return {
    externalId: ticket.external_id ?? undefined,
    subject: ticket.subject ?? undefined,
    body: messages.map((message) => message.body).join("\n\n"),
    attachments: attachments.map((attachment) => ({ name: attachment.name, text: attachment.text })),
  };
}
