import { DestinationError } from "../handoff/http.ts";
import { slackMessage } from "../handoff/render.ts";
import { postToSlack } from "../handoff/slack-client.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

/** The job that posts an escalation's handoff to Slack. */
export const POST_SLACK_HANDOFF_JOB = "handoff.slack";

/**
 * Posts the escalation's handoff to the Slack webhook, once: a post already recorded is not sent
 * again, and an error answer (Slack did not post) is retried by the queue. Slack webhooks have no
 * idempotency key, so only a crash between Slack's `ok` and our write can post twice.
 */
export async function postSlackHandoff(
  deps: Deps,
  { escalationId }: { escalationId: string },
): Promise<void> {
  const escalation = await deps.db
    .selectFrom("escalations")
    .selectAll()
    .where("id", "=", escalationId)
    .executeTakeFirst();
  if (!escalation || escalation.slack_status !== "pending") return;
  const webhookUrl = deps.handoff?.slackWebhookUrl;
  if (!webhookUrl) return markFailed(deps, escalationId, "Slack is not configured here");
  const message = slackMessage(
    escalation.title ?? `Escalation to ${escalation.team}`,
    escalation.reason,
    escalation.github_issue_url,
  );
  try {
    await postToSlack(webhookUrl, message);
  } catch (error) {
    if (error instanceof DestinationError && !error.retryable)
      return markFailed(deps, escalationId, error.message);
    if (error instanceof DestinationError)
      await deps.db
        .updateTable("escalations")
        .set({ slack_error: error.message })
        .where("id", "=", escalationId)
        .execute();
    throw error;
  }
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("escalations")
      .set({ slack_status: "posted", slack_posted_at: nowIso(deps), slack_error: null })
      .where("id", "=", escalationId)
      .execute();
    await audit(trx, deps, {
      actor: "deckhand:handoff",
      action: "escalation.slack-posted",
      entityType: "escalation",
      entityId: escalationId,
      details: { linked: escalation.github_issue_url !== null },
    });
  });
}

async function markFailed(deps: Deps, escalationId: string, message: string): Promise<void> {
  deps.log.error("handoff not posted to Slack", { escalationId, error: message });
  await deps.db
    .updateTable("escalations")
    .set({ slack_status: "failed", slack_error: message.slice(0, 500) })
    .where("id", "=", escalationId)
    .execute();
}
