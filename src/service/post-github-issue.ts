import { GithubClient } from "../handoff/github-client.ts";
import { githubTarget } from "../handoff/handoff-config.ts";
import { DestinationError } from "../handoff/http.ts";
import { githubIssue, issueMarker } from "../handoff/render.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

/** The job that opens the GitHub issue for an escalation. */
export const POST_GITHUB_ISSUE_JOB = "handoff.github";

/** Every issue Deckhand opens carries this label; a retry looks for its issue among them. */
export const DECKHAND_LABEL = "deckhand";

/**
 * Opens the escalation's GitHub issue, once. The attempt is recorded before the request goes out;
 * a later run that finds an attempt but no issue first looks for the issue carrying the
 * escalation's marker, so a crash between GitHub's answer and our write does not open a second
 * one. The issue is recorded as soon as GitHub answers. Errors retrying cannot fix (a wrong token,
 * an unknown repository) mark the post failed instead of retrying.
 */
export async function postGithubIssue(deps: Deps, { escalationId }: { escalationId: string }): Promise<void> {
  const escalation = await deps.db
    .selectFrom("escalations")
    .selectAll()
    .where("id", "=", escalationId)
    .executeTakeFirst();
  if (!escalation || escalation.github_status !== "pending" || escalation.github_issue_number !== null)
    return;
  const target = githubTarget(deps.handoff);
  const repo = target ? `${target.owner}/${target.repo}` : null;
  if (!target || repo !== escalation.github_repo)
    return markFailed(
      deps,
      escalationId,
      `GitHub is not configured for ${escalation.github_repo ?? "this escalation"} here`,
    );
  const client = new GithubClient(target);
  const marker = issueMarker(escalationId);
  try {
    if (escalation.github_attempted_at) {
      const existing = await client.findIssueWithMarker(DECKHAND_LABEL, marker);
      if (existing) return await record(deps, escalationId, existing);
    }
    await deps.db
      .updateTable("escalations")
      .set({ github_attempted_at: nowIso(deps) })
      .where("id", "=", escalationId)
      .execute();
    const issue = await client.createIssue(
      githubIssue(escalationId, escalation.title ?? `Escalation to ${escalation.team}`, escalation.reason, [
        DECKHAND_LABEL,
        `team:${escalation.team}`,
      ]),
    );
    await record(deps, escalationId, issue);
  } catch (error) {
    if (error instanceof DestinationError && !error.retryable)
      return markFailed(deps, escalationId, error.message);
    if (error instanceof DestinationError)
      await deps.db
        .updateTable("escalations")
        .set({ github_error: error.message })
        .where("id", "=", escalationId)
        .execute();
    throw error;
  }
}

async function record(
  deps: Deps,
  escalationId: string,
  issue: { number: number; html_url: string; node_id: string; state: string },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("escalations")
      .set({
        github_status: "posted",
        github_issue_number: issue.number,
        github_issue_url: issue.html_url.slice(0, 500),
        github_node_id: issue.node_id.slice(0, 200),
        github_error: null,
        issue_state: issue.state === "closed" ? "closed" : "open",
      })
      .where("id", "=", escalationId)
      .execute();
    await audit(trx, deps, {
      actor: "deckhand:handoff",
      action: "escalation.github-issue",
      entityType: "escalation",
      entityId: escalationId,
      details: { number: issue.number, url: issue.html_url },
    });
  });
}

async function markFailed(deps: Deps, escalationId: string, message: string): Promise<void> {
  deps.log.error("handoff not posted to GitHub", { escalationId, error: message });
  await deps.db
    .updateTable("escalations")
    .set({ github_status: "failed", github_error: message.slice(0, 500) })
    .where("id", "=", escalationId)
    .execute();
}
