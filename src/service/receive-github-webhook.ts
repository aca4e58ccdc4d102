import { createHmac, timingSafeEqual } from "node:crypto";
import { sql } from "kysely";
import { z } from "zod";
import { DeckhandError } from "../domain/errors.ts";
import { applyIssueUpdate } from "./apply-issue-update.ts";
import type { Deps } from "./deps.ts";
import { addedByTeam } from "./sync-handoffs.ts";

export interface GithubWebhookInput {
  /** The X-GitHub-Event header. */
  event: string | undefined;
  /** The X-Hub-Signature-256 header: `sha256=` and the HMAC of the raw body. */
  signature: string | undefined;
  rawBody: string;
}

const ZIssue = z.object({
  number: z.number().int(),
  state: z.string(),
  state_reason: z.string().nullish(),
  title: z.string().max(1000).default(""),
  body: z.string().nullish(),
});
const ZPayload = z.object({
  action: z.string().max(50),
  repository: z.object({ full_name: z.string().max(300) }),
  issue: ZIssue,
  comment: z.object({ body: z.string().nullish() }).optional(),
});

/** True when `signature` is the HMAC SHA-256 of `body` under `secret`, compared in constant time. */
export function verifySignature(secret: string, body: string, signature: string | undefined): boolean {
  const given = /^sha256=([0-9a-f]{64})$/i.exec(signature ?? "")?.[1];
  if (!given) return false;
  const expected = createHmac("sha256", secret).update(body, "utf8").digest();
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}

/**
 * A GitHub webhook delivery: refused without a valid signature; `issues` (closed, reopened,
 * edited) and `issue_comment` (created, edited) events on a linked issue are applied like a poll.
 * Anything else is acknowledged and ignored, so GitHub does not redeliver it.
 */
export async function receiveGithubWebhook(
  deps: Deps,
  { event, signature, rawBody }: GithubWebhookInput,
): Promise<{ handled: boolean; drafted: boolean }> {
  const secret = deps.handoff?.githubWebhookSecret;
  if (!secret)
    throw new DeckhandError(
      "not-found",
      "GitHub webhooks are not configured (DECKHAND_GITHUB_WEBHOOK_SECRET)",
    );
  if (!verifySignature(secret, rawBody, signature))
    throw new DeckhandError("unauthorized", "the X-Hub-Signature-256 signature does not match");
  if (event !== "issues" && event !== "issue_comment") return { handled: false, drafted: false };
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new DeckhandError("bad-input", "the webhook body is not JSON");
  }
  const parsed = ZPayload.safeParse(json);
  if (!parsed.success) return { handled: false, drafted: false };
  const { action, repository, issue, comment } = parsed.data;
  const relevant =
    event === "issues"
      ? ["closed", "reopened", "edited"].includes(action)
      : ["created", "edited"].includes(action);
  if (!relevant) return { handled: false, drafted: false };
  const escalation = await deps.db
    .selectFrom("escalations")
    .select(["id", "title", "reason"])
    .where(sql<string>`lower(github_repo)`, "=", repository.full_name.toLowerCase())
    .where("github_issue_number", "=", issue.number)
    .executeTakeFirst();
  if (!escalation) return { handled: false, drafted: false };
  const outcome = await applyIssueUpdate(deps, {
    escalationId: escalation.id,
    state: issue.state === "closed" ? "closed" : "open",
    stateReason: issue.state_reason ?? null,
    newTexts: event === "issue_comment" ? [comment?.body ?? ""] : [],
    issueTexts: addedByTeam(
      issue.title,
      issue.body ?? "",
      escalation.title,
      escalation.reason,
      escalation.id,
    ),
  });
  return { handled: true, drafted: outcome.drafted };
}
