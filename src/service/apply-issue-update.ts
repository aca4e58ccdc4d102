import { canTransition, type TStatus } from "../domain/lifecycle.ts";
import { composeHandoffUpdate } from "../handoff/compose-update.ts";
import { extractFixedVersion } from "../handoff/fixed-version.ts";
import { redact } from "../pipeline/redact/redact.ts";
import { audit } from "./audit.ts";
import { createDraft } from "./create-draft.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { moveTicket } from "./move-ticket.ts";

/** What Deckhand saw of a linked issue, from a poll or a webhook delivery. */
export interface IssueObservation {
  escalationId: string;
  state: "open" | "closed";
  stateReason?: string | null;
  /** New comments, oldest first: they may name a fixed version, or correct one named before. */
  newTexts: string[];
  /** The issue's title and what the team added to its body: they may name the first fixed version. */
  issueTexts: string[];
  /** The comments cursor to keep (polls only). */
  commentsSince?: string | null;
}

/**
 * Records what a linked issue says on its escalation (state, fixed version) and, when the issue
 * was just closed or a new fixed version was named, drafts the customer update. The write only
 * succeeds against the state it was computed from, so a poll and a webhook seeing the same event
 * (or a webhook delivered twice) draft it once.
 */
export async function applyIssueUpdate(
  deps: Deps,
  observation: IssueObservation,
): Promise<{ drafted: boolean; fixedVersion: string | null }> {
  const latest = (texts: string[]) =>
    texts.map(extractFixedVersion).reduce<string | null>((found, v) => v ?? found, null);
  return deps.db.transaction().execute(async (trx) => {
    const escalation = await trx
      .selectFrom("escalations")
      .innerJoin("tickets", "tickets.id", "escalations.ticket_id")
      .select([
        "escalations.id",
        "escalations.team",
        "escalations.issue_state",
        "escalations.fixed_version",
        "escalations.comments_since",
        "escalations.github_issue_number",
        "tickets.id as ticket_id",
        "tickets.subject",
        "tickets.status as ticket_status",
        "tickets.triage_version",
        "tickets.area",
        "tickets.top_code",
        "tickets.top_confidence",
        "tickets.priority",
      ])
      .where("escalations.id", "=", observation.escalationId)
      .executeTakeFirst();
    if (!escalation) return { drafted: false, fixedVersion: null };
    const named =
      latest(observation.newTexts) ?? (escalation.fixed_version ? null : latest(observation.issueTexts));
    const fixedVersion = named && named !== escalation.fixed_version ? named : null;
    const justClosed = observation.state === "closed" && escalation.issue_state !== "closed";
    const now = nowIso(deps);
    const updated = await trx
      .updateTable("escalations")
      .set({
        issue_state: observation.state,
        status: observation.state,
        fixed_version: fixedVersion ?? escalation.fixed_version,
        comments_since: observation.commentsSince ?? escalation.comments_since,
        synced_at: now,
      })
      .where("id", "=", escalation.id)
      .where("issue_state", escalation.issue_state === null ? "is" : "=", escalation.issue_state)
      .where("fixed_version", escalation.fixed_version === null ? "is" : "=", escalation.fixed_version)
      .executeTakeFirst();
    // Someone else recorded a newer state in the meantime: the event is theirs to draft.
    if (Number(updated.numUpdatedRows) === 0) return { drafted: false, fixedVersion: null };
    const status = escalation.ticket_status as TStatus;
    if ((!fixedVersion && !justClosed) || status === "resolved" || status === "closed")
      return { drafted: false, fixedVersion };
    // A closed issue ends the escalation: the ticket waits for a person to approve the update.
    if (justClosed && status === "escalated" && canTransition(status, "awaiting_approval"))
      await moveTicket(trx, deps, {
        ticketId: escalation.ticket_id,
        to: "awaiting_approval",
        actor: "deckhand:handoff",
        action: "ticket.status",
        details: { escalationId: escalation.id, reason: "linked issue closed" },
      });
    const body = composeHandoffUpdate({
      subject: escalation.subject,
      team: escalation.team,
      fixedVersion: fixedVersion ?? escalation.fixed_version,
      closed: observation.state === "closed",
      stateReason: observation.stateReason,
    });
    const { draftId } = await createDraft(trx, deps, {
      ticketId: escalation.ticket_id,
      body: redact(body).text,
      purpose: "handoff-update",
      triageVersion: Number(escalation.triage_version),
      actionKind: "status-update",
      area: escalation.area,
      code: escalation.top_code,
      confidence: escalation.top_confidence === null ? null : Number(escalation.top_confidence),
      priority: escalation.priority,
      escalated: observation.state !== "closed",
    });
    await audit(trx, deps, {
      actor: "deckhand:handoff",
      action: "escalation.linked-update",
      entityType: "escalation",
      entityId: escalation.id,
      details: {
        issue: escalation.github_issue_number,
        state: observation.state,
        fixedVersion: fixedVersion ?? escalation.fixed_version,
        draftId,
      },
    });
    return { drafted: true, fixedVersion };
  });
}
