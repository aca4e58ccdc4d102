import type { Transaction } from "kysely";
import type { TStatus } from "../domain/lifecycle.ts";
import { redact } from "../pipeline/redact/redact.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { guardDeckhandPromises } from "./guard-deckhand-promises.ts";
import { recordCommitments } from "./record-commitments.ts";
import { statusAfterReply, trackSla } from "./track-sla.ts";

export interface SendReplyInput {
  ticketId: string;
  body: string;
  /** `engineer:<id>`, `token:<id>` or `deckhand:autonomy` for an autonomous send. */
  actor: string;
  /** The draft this reply came from, marked sent. */
  draftId?: string;
}

export interface SentReply {
  messageId: string;
  from: TStatus;
  status: TStatus;
}

/**
 * The one way a reply leaves Deckhand, inside the caller's transaction: the text is redacted (a
 * person may paste anything into the editor), stored as an outbound message, its draft marked sent,
 * and the ticket waits for the customer. Whatever must happen on every outgoing reply goes here.
 */
export async function sendReply(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { ticketId, body, actor, draftId }: SendReplyInput,
): Promise<SentReply> {
  const now = nowIso(deps);
  const messageId = deps.ids();
  // Deckhand's own words promise no time nobody tracks (a draft's text was checked when written).
  const guarded =
    actor.startsWith("deckhand") && !draftId
      ? await guardDeckhandPromises(trx, deps, { ticketId, body, actor })
      : body;
  const text = redact(guarded).text;
  await trx
    .insertInto("messages")
    .values({
      id: messageId,
      ticket_id: ticketId,
      kind: "outbound",
      author: actor,
      body: text,
      created_at: now,
    })
    .execute();
  if (draftId)
    await trx
      .updateTable("drafts")
      .set({ status: "sent", decided_at: now, decided_by: actor, send_at: null })
      .where("id", "=", draftId)
      .execute();
  const ticket = await trx
    .selectFrom("tickets")
    .select("status")
    .where("id", "=", ticketId)
    .executeTakeFirstOrThrow();
  const from = ticket.status as TStatus;
  const status: TStatus = await statusAfterReply(trx, { from, draftId });
  await trx.updateTable("tickets").set({ status, updated_at: now }).where("id", "=", ticketId).execute();
  await trackSla(trx, deps, { ticketId, status });
  await recordCommitments(trx, deps, { ticketId, messageId, actor, body: text, draftId });
  return { messageId, from, status };
}
