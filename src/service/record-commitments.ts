import type { Transaction } from "kysely";
import { extractCommitments } from "../commitments/extract.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { customerTimeZone } from "./set-time-zone.ts";
import { settleCommitments } from "./settle-commitments.ts";

export interface RecordCommitmentsInput {
  ticketId: string;
  /** The outbound message just stored. */
  messageId: string;
  /** Who sent it: `engineer:<id>:<role>`, `deckhand:...`, or a token. */
  actor: string;
  /** The reply as stored (redacted). */
  body: string;
  /** The draft it came from: a progress update's next-update time is backed by the SLA. */
  draftId?: string;
}

/** At most this many promises are tracked from one reply. */
const MAX_PER_REPLY = 20;

/** The owner of a promise: the sending engineer's id, or `deckhand` for Deckhand's own sends. */
export function ownerOf(actor: string): string {
  if (actor.startsWith("deckhand")) return "deckhand";
  if (actor.startsWith("engineer:")) return actor.split(":")[1] ?? actor;
  return actor;
}

/**
 * Runs on every outgoing reply, inside its transaction: the reply keeps the ticket's open promises
 * (or finds them missed), then every promise it makes itself is stored, due in the customer's zone.
 */
export async function recordCommitments(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { ticketId, messageId, actor, body, draftId }: RecordCommitmentsInput,
): Promise<void> {
  await settleCommitments(trx, deps, { ticketId, reason: "reply", actor });
  const timeZone = await customerTimeZone(trx, ticketId, "UTC");
  const found = extractCommitments(body, { now: deps.clock(), timeZone }).slice(0, MAX_PER_REPLY);
  if (found.length === 0) return;
  const [ticket, draft] = await Promise.all([
    trx.selectFrom("tickets").select("area").where("id", "=", ticketId).executeTakeFirstOrThrow(),
    draftId
      ? trx.selectFrom("drafts").select("purpose").where("id", "=", draftId).executeTakeFirst()
      : undefined,
  ]);
  const now = nowIso(deps);
  const owner = ownerOf(actor);
  const ids: string[] = [];
  for (const commitment of found) {
    const id = deps.ids();
    ids.push(id);
    await trx
      .insertInto("commitments")
      .values({
        id,
        ticket_id: ticketId,
        message_id: messageId,
        owner,
        team: ticket.area,
        text: commitment.text,
        phrase: commitment.phrase.slice(0, 200),
        kind: commitment.kind,
        condition: commitment.condition?.slice(0, 200) ?? null,
        due_at: commitment.dueAt?.toISOString() ?? null,
        time_zone: timeZone,
        confidence: commitment.confidence,
        backed_by: draft?.purpose === "progress-update" && commitment.kind === "time" ? "sla" : null,
        status: "open",
        reminded_at: null,
        kept_at: null,
        settled_at: null,
        created_at: now,
      })
      .execute();
  }
  await audit(trx, deps, {
    actor,
    action: "commitment.made",
    entityType: "ticket",
    entityId: ticketId,
    details: {
      messageId,
      commitments: found.map((c, i) => ({
        id: ids[i],
        phrase: c.phrase,
        dueAt: c.dueAt?.toISOString() ?? null,
      })),
    },
  });
}
