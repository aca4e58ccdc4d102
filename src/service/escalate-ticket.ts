import { DeckhandError } from "../domain/errors.ts";
import type { TStatus } from "../domain/lifecycle.ts";
import type { TTeam } from "../domain/taxonomy.ts";
import { githubTarget } from "../handoff/handoff-config.ts";
import { safeText } from "../handoff/render.ts";
import { enqueue } from "../jobs/queue.ts";
import { audit } from "./audit.ts";
import { createHandoff, HANDOFF_MAX } from "./create-handoff.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { moveTicket } from "./move-ticket.ts";
import { POST_GITHUB_ISSUE_JOB } from "./post-github-issue.ts";
import { POST_SLACK_HANDOFF_JOB } from "./post-slack-handoff.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/** Where a handoff can be posted besides Deckhand itself. */
export type Destination = "github" | "slack";

export interface EscalateTicketInput {
  principal: Principal;
  ticketId: string;
  team: TTeam;
  /** The handoff for the receiving team (as the engineer edited it); absent: the server builds it. */
  handoff?: string;
  /** The GitHub issue's title; absent: the server's. */
  title?: string;
  /** Post the handoff there too, by jobs that retry until it is posted once. */
  destinations?: Destination[];
}

/**
 * Escalates a ticket to a team with a handoff; the ticket becomes escalated. Posting to GitHub or
 * Slack is enqueued in the same transaction (one job per escalation and destination), so a crash
 * or a failing endpoint neither loses the post nor sends it twice.
 */
export async function escalateTicket(
  deps: Deps,
  { principal, ticketId, team, handoff, title, destinations = [] }: EscalateTicketInput,
): Promise<{ id: string; status: TStatus; destinations: Destination[] }> {
  requireEngineer(principal);
  await getVisibleTicketRow(deps, principal, ticketId);
  const github = githubTarget(deps.handoff);
  const wanted = [...new Set(destinations)];
  if (wanted.includes("github") && !github)
    throw new DeckhandError(
      "bad-input",
      "GitHub is not configured: set DECKHAND_GITHUB_TOKEN and DECKHAND_GITHUB_REPO",
    );
  if (wanted.includes("slack") && !deps.handoff?.slackWebhookUrl)
    throw new DeckhandError("bad-input", "Slack is not configured: set DECKHAND_SLACK_WEBHOOK_URL");
  const built =
    handoff === undefined || title === undefined
      ? await createHandoff(deps, { principal, ticketId, team })
      : null;
  const text = safeText(handoff ?? built?.markdown ?? "", HANDOFF_MAX);
  const issueTitle = safeText(title ?? built?.title ?? "", 250);
  return deps.db.transaction().execute(async (trx) => {
    const id = deps.ids();
    // Moving first refuses an escalation the lifecycle does not allow before anything is written.
    const from = await moveTicket(trx, deps, {
      ticketId,
      to: "escalated",
      actor: actorOf(principal),
      action: "ticket.escalated",
      details: { escalationId: id, team, destinations: wanted },
    });
    await trx
      .insertInto("escalations")
      .values({
        id,
        ticket_id: ticketId,
        team,
        reason: text,
        status: "open",
        created_at: nowIso(deps),
        title: issueTitle,
        github_status: wanted.includes("github") ? "pending" : null,
        github_repo: wanted.includes("github") && github ? `${github.owner}/${github.repo}` : null,
        slack_status: wanted.includes("slack") ? "pending" : null,
      })
      .execute();
    // GitHub first, so a Slack post made after it can link the issue.
    if (wanted.includes("github"))
      await enqueue(trx, deps, {
        kind: POST_GITHUB_ISSUE_JOB,
        payload: { escalationId: id },
        dedupeKey: `${POST_GITHUB_ISSUE_JOB}:${id}`,
        maxAttempts: 10,
      });
    if (wanted.includes("slack"))
      await enqueue(trx, deps, {
        kind: POST_SLACK_HANDOFF_JOB,
        payload: { escalationId: id },
        dedupeKey: `${POST_SLACK_HANDOFF_JOB}:${id}`,
        runAt: new Date(deps.clock().getTime() + 1),
        maxAttempts: 10,
      });
    // A second escalation of an escalated ticket changes no status, but is still on the record.
    if (from === "escalated")
      await audit(trx, deps, {
        actor: actorOf(principal),
        action: "ticket.escalated",
        entityType: "ticket",
        entityId: ticketId,
        details: { escalationId: id, team, destinations: wanted, from, to: "escalated" },
      });
    return { id, status: "escalated" as const, destinations: wanted };
  });
}
