import { z } from "zod";

const ZHttpUrl = z
  .string()
  .url()
  .regex(/^https?:\/\//, "must be an http:// or https:// URL");

/**
 * Where escalation handoffs are posted, read from the environment at start-up. The token, the
 * Slack webhook URL (its path is the credential) and the webhook secret are secrets: they are
 * never logged, stored or returned by the API.
 */
export const ZHandoffConfig = z.object({
  githubApiUrl: ZHttpUrl.default("https://api.github.com"),
  githubToken: z.string().min(1).optional(),
  githubRepo: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "owner/name"')
    .optional(),
  githubWebhookSecret: z.string().min(1).optional(),
  slackWebhookUrl: ZHttpUrl.optional(),
});
export type THandoffConfig = z.infer<typeof ZHandoffConfig>;

/** A GitHub repository Deckhand may open issues in. */
export interface GithubTarget {
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
}

/** The GitHub target when both a token and a repository are configured, else null. */
export function githubTarget(config: THandoffConfig | undefined): GithubTarget | null {
  if (!config?.githubToken || !config.githubRepo) return null;
  const [owner = "", repo = ""] = config.githubRepo.split("/");
  return { apiUrl: config.githubApiUrl.replace(/\/+$/, ""), token: config.githubToken, owner, repo };
}

/** The destinations a handoff can go to, and whether each is configured (no secrets). */
export interface DestinationsInfo {
  github: { configured: boolean; repo: string | null };
  slack: { configured: boolean };
}

/** What the console may know about the destinations: configured or not, and the repository name. */
export function describeDestinations(config: THandoffConfig | undefined): DestinationsInfo {
  const github = githubTarget(config);
  return {
    github: { configured: github !== null, repo: github ? `${github.owner}/${github.repo}` : null },
    slack: { configured: Boolean(config?.slackWebhookUrl) },
  };
}
