import { sql } from "kysely";
import { GithubClient } from "../handoff/github-client.ts";
import { githubTarget } from "../handoff/handoff-config.ts";
import { DestinationError } from "../handoff/http.ts";
import { issueMarker } from "../handoff/render.ts";
import { applyIssueUpdate } from "./apply-issue-update.ts";
import type { Deps } from "./deps.ts";

/** The recurring job that polls linked GitHub issues. */
export const SYNC_HANDOFFS_JOB = "handoff.sync";

/** How often linked issues are polled (webhooks, when configured, are faster). */
export const SYNC_HANDOFFS_EVERY_MS = 5 * 60_000;

const BATCH = 50;

/**
 * Polls the GitHub issues escalations are linked to (the least recently checked first) and applies
 * what they say: closed, or a fixed version named in a new comment, the title or what the team
 * added to the body. Stops following an issue once it is closed with a fixed version, or once the
 * ticket is resolved. One unreachable issue does not stop the others.
 */
export async function syncHandoffs(deps: Deps): Promise<{ checked: number; drafted: number }> {
  const target = githubTarget(deps.handoff);
  if (!target) return { checked: 0, drafted: 0 };
  const client = new GithubClient(target);
  const linked = await deps.db
    .selectFrom("escalations")
    .innerJoin("tickets", "tickets.id", "escalations.ticket_id")
    .select([
      "escalations.id",
      "escalations.title",
      "escalations.reason",
      "escalations.github_issue_number",
      "escalations.comments_since",
    ])
    .where("escalations.github_repo", "=", `${target.owner}/${target.repo}`)
    .where("escalations.github_issue_number", "is not", null)
    .where("tickets.status", "not in", ["resolved", "closed"])
    .where((eb) =>
      eb.or([
        eb("escalations.issue_state", "is", null),
        eb("escalations.issue_state", "!=", "closed"),
        eb("escalations.fixed_version", "is", null),
      ]),
    )
    .orderBy(sql`coalesce(escalations.synced_at, '')`)
    .limit(BATCH)
    .execute();
  let drafted = 0;
  for (const escalation of linked) {
    const number = Number(escalation.github_issue_number);
    try {
      const issue = await client.getIssue(number);
      const comments = await client.listComments(number, escalation.comments_since);
      const cursor = comments.reduce<string | null>(
        (latest, c) => (latest === null || c.updated_at > latest ? c.updated_at : latest),
        escalation.comments_since,
      );
      const outcome = await applyIssueUpdate(deps, {
        escalationId: escalation.id,
        state: issue.state === "closed" ? "closed" : "open",
        stateReason: issue.state_reason ?? null,
        newTexts: comments.map((c) => c.body ?? ""),
        issueTexts: addedByTeam(
          issue.title,
          issue.body ?? "",
          escalation.title,
          escalation.reason,
          escalation.id,
        ),
        commentsSince: cursor,
      });
      if (outcome.drafted) drafted++;
    } catch (error) {
      if (!(error instanceof DestinationError)) throw error;
      deps.log.error("linked issue not checked", {
        escalationId: escalation.id,
        issue: number,
        error: error.message,
      });
      await deps.db
        .updateTable("escalations")
        .set({ github_error: error.message.slice(0, 500) })
        .where("id", "=", escalation.id)
        .execute();
    }
  }
  return { checked: linked.length, drafted };
}

/**
 * The issue's title and body lines the receiving team wrote: the handoff Deckhand posted can itself
 * say "Fixed in 3.18.5" (a known defect's article), which must not read as the team's answer.
 */
export function addedByTeam(
  title: string,
  body: string,
  postedTitle: string | null,
  handoff: string,
  escalationId: string,
): string[] {
  const posted = new Set(handoff.split("\n").map((line) => line.trim()));
  posted.add(issueMarker(escalationId));
  const added = body
    .split("\n")
    .filter((line) => line.trim() && !posted.has(line.trim()))
    .join("\n");
  const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
  return [same(title, postedTitle ?? "") ? "" : title, added].filter(Boolean);
}
