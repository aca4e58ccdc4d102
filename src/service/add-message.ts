import { demoteForReopen } from "../autonomy/demote.ts";
import { DeckhandError } from "../domain/errors.ts";
import type { TStatus } from "../domain/lifecycle.ts";
import { enqueue } from "../jobs/queue.ts";
import { redact } from "../pipeline/redact/redact.ts";
import { withoutNul } from "../pipeline/redact/sanitize.ts";
import { audit } from "./audit.ts";
import { TRIAGE_JOB, triageJobKey } from "./create-ticket.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";
import { recordCommitments } from "./record-commitments.ts";
import { trackSla } from "./track-sla.ts";

export interface AddMessageInput {
  principal: Principal;
  ticketId: string;
  kind: "inbound" | "outbound" | "note";
  body: string;
}

/**
 * Adds a message. A customer message reopens a resolved or closed ticket and queues a new triage;
 * outbound replies and internal notes are for engineers only.
 */
export async function addMessage(
  deps: Deps,
  input: AddMessageInput,
): Promise<{ id: string; status: TStatus }> {
  if (input.kind !== "inbound") requireEngineer(input.principal);
  const row = await getVisibleTicketRow(deps, input.principal, input.ticketId);
  const body = redact(withoutNul(input.body)).text;
  if (!body.trim()) throw new DeckhandError("bad-input", "body is empty");
  return deps.db.transaction().execute(async (trx) => {
    const now = nowIso(deps);
    const id = deps.ids();
    const author = input.principal.kind === "org" ? `org:${input.principal.orgId}` : actorOf(input.principal);
    await trx
      .insertInto("messages")
      .values({ id, ticket_id: row.id, kind: input.kind, author, body, created_at: now })
      .execute();
    let status = row.status as TStatus;
    // An engineer's reply recorded here keeps earlier promises and may make new ones.
    if (input.kind === "outbound")
      await recordCommitments(trx, deps, { ticketId: row.id, messageId: id, actor: author, body });
    if (input.kind === "inbound") {
      const current = await trx
        .selectFrom("tickets")
        .select(["status", "triage_version"])
        .where("id", "=", row.id)
        .executeTakeFirstOrThrow();
      const from = current.status as TStatus;
      // A reply from the customer means someone must look again.
      status =
        from === "resolved" || from === "closed" || from === "awaiting_customer" ? "in_progress" : from;
      await trx.updateTable("tickets").set({ status, updated_at: now }).where("id", "=", row.id).execute();
      const version = Number(current.triage_version) + 1;
      await enqueue(trx, deps, {
        kind: TRIAGE_JOB,
        payload: { ticketId: row.id, version },
        dedupeKey: `${triageJobKey(row.id, version)}:${id}`,
      });
      if (status !== from) {
        await audit(trx, deps, {
          actor: author,
          action: "ticket.reopened",
          entityType: "ticket",
          entityId: row.id,
          details: { from, to: status },
        });
        if (from === "resolved" || from === "closed")
          await demoteForReopen(trx, deps, { ticketId: row.id, actor: author });
      }
    }
    // A customer reply restarts the clocks and withdraws nudges; a recorded reply of ours is an update.
    if (input.kind !== "note")
      await trackSla(trx, deps, { ticketId: row.id, status, customerReplied: input.kind === "inbound" });
    await audit(trx, deps, {
      actor: author,
      action: `message.${input.kind}`,
      entityType: "ticket",
      entityId: row.id,
      details: { messageId: id },
    });
    return { id, status };
  });
}
