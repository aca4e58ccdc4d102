import { DateTime } from "luxon";
import { commitmentFollowUpText } from "../commitments/follow-up.ts";
import { audit } from "./audit.ts";
import { createDraft } from "./create-draft.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

/** The job that reminds a promise's owner once, with a follow-up draft. */
export const REMIND_COMMITMENT_JOB = "commitments.remind";

/** "Tue 10 Mar 2026 15:00 (Europe/London)": a due time as the customer reads it. */
export function formatDue(dueAt: string, timeZone: string): string {
  const local = DateTime.fromISO(dueAt, { zone: timeZone }).setLocale("en-GB");
  return `${local.toFormat("ccc d LLL yyyy HH:mm")} (${timeZone})`;
}

/**
 * Reminds the owner of a promise that is about to fall due: "You promised X on ticket Y by Z" (a
 * reminder row and an audit entry) and a follow-up draft saying where things stand, unless a reply
 * is already waiting for review. The promise is claimed with a conditional update first, so of two
 * workers (or a retry) exactly one acts; everything commits together.
 */
export async function remindCommitment(
  deps: Deps,
  { commitmentId }: { commitmentId: string },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const now = nowIso(deps);
    const claimed = await trx
      .updateTable("commitments")
      .set({ reminded_at: now })
      .where("id", "=", commitmentId)
      .where("reminded_at", "is", null)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return;
    const commitment = await trx
      .selectFrom("commitments")
      .selectAll()
      .where("id", "=", commitmentId)
      .executeTakeFirstOrThrow();
    const ticket = await trx
      .selectFrom("tickets")
      .selectAll()
      .where("id", "=", commitment.ticket_id)
      .executeTakeFirstOrThrow();
    const recipient = commitment.owner !== "deckhand" ? commitment.owner : (ticket.assignee_id ?? "deckhand");
    const due = commitment.due_at ? formatDue(commitment.due_at, commitment.time_zone) : "its condition";
    const promise = commitment.text.length > 160 ? `${commitment.text.slice(0, 159)}…` : commitment.text;
    const message = `You promised "${promise}" on ticket "${ticket.subject ?? ticket.id}" by ${due}`;
    await trx
      .insertInto("reminders")
      .values({
        id: deps.ids(),
        commitment_id: commitmentId,
        ticket_id: ticket.id,
        recipient,
        message,
        created_at: now,
        dismissed_at: null,
      })
      .execute();
    const pending = await trx
      .selectFrom("drafts")
      .select("id")
      .where("ticket_id", "=", ticket.id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    // A draft awaiting review already answers the promise when sent (and a new one would replace it).
    let draftId: string | null = null;
    if (!pending) {
      const escalation = await trx
        .selectFrom("escalations")
        .select("team")
        .where("ticket_id", "=", ticket.id)
        .where("status", "=", "open")
        .orderBy("created_at", "desc")
        .executeTakeFirst();
      const draft = await createDraft(trx, deps, {
        ticketId: ticket.id,
        body: commitmentFollowUpText({
          subject: ticket.subject,
          escalatedTo: ticket.status === "escalated" ? (escalation?.team ?? null) : null,
          investigating: ticket.top_code ? (deps.kb.codeTitles.get(ticket.top_code) ?? null) : null,
        }),
        purpose: "commitment-follow-up",
        actionKind: "status-update",
        triageVersion: Number(ticket.triage_version),
        area: ticket.area,
        code: ticket.top_code,
        confidence: ticket.top_confidence === null ? null : Number(ticket.top_confidence),
        priority: ticket.priority,
        escalated: escalation !== undefined,
      });
      draftId = draft.draftId;
    }
    await audit(trx, deps, {
      actor: "deckhand:commitments",
      action: "commitment.reminded",
      entityType: "ticket",
      entityId: ticket.id,
      details: { commitmentId, recipient, dueAt: commitment.due_at, draftId },
    });
  });
}
