import { resolve } from "node:path";
import { z } from "zod";
import { DeckhandError } from "./domain/errors.ts";
import { ZHandoffConfig } from "./handoff/handoff-config.ts";

export const ZConfig = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().min(1).default("127.0.0.1"),
  dataDir: z.string().min(1).default("./data"),
  databaseUrl: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  role: z.enum(["all", "api", "worker"]).default("all"),
  /** Largest request body the API accepts, in bytes. */
  maxBodyBytes: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  /** How often an idle worker looks for jobs, in milliseconds. */
  pollMs: z.coerce.number().int().min(10).default(500),
  /** How long a claimed job is held before another worker may assume its worker died. */
  leaseMs: z.coerce.number().int().min(100).default(60_000),
  /** How many minutes before a promise to a customer falls due its owner is reminded. */
  commitmentLeadMinutes: z.coerce.number().int().min(1).max(10_080).default(60),
  /** How often the team digest is made: hours, days or weeks (`12h`, `1d`, `7d`, `2w`). */
  digestEveryMs: z
    .string()
    .regex(/^[1-9]\d*[hdw]$/, "expected a duration like 7d, 24h or 2w")
    .transform(
      (text) =>
        Number(text.slice(0, -1)) * { h: 3_600_000, d: 86_400_000, w: 604_800_000 }[text.slice(-1) as "h"],
    )
    .default(604_800_000),
  /** Where escalation handoffs go (GitHub issues, Slack); secrets stay here, never in logs or answers. */
  handoff: ZHandoffConfig.default({ githubApiUrl: "https://api.github.com" }),
});
export type TConfig = z.infer<typeof ZConfig>;

const ENV_NAMES: Record<string, string> = {
  port: "PORT",
  host: "HOST",
  dataDir: "DECKHAND_DATA_DIR",
  databaseUrl: "DATABASE_URL",
  role: "--role",
  maxBodyBytes: "DECKHAND_MAX_BODY_BYTES",
  pollMs: "DECKHAND_POLL_MS",
  leaseMs: "DECKHAND_JOB_LEASE_MS",
  commitmentLeadMinutes: "DECKHAND_COMMITMENT_LEAD_MINUTES",
  digestEveryMs: "DECKHAND_DIGEST_EVERY",
  "handoff.githubApiUrl": "DECKHAND_GITHUB_API_URL",
  "handoff.githubToken": "DECKHAND_GITHUB_TOKEN",
  "handoff.githubRepo": "DECKHAND_GITHUB_REPO",
  "handoff.githubWebhookSecret": "DECKHAND_GITHUB_WEBHOOK_SECRET",
  "handoff.slackWebhookUrl": "DECKHAND_SLACK_WEBHOOK_URL",
};

/** Reads configuration once: flags win over the environment; invalid values name the setting. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  flags: Partial<Record<keyof TConfig, unknown>> = {},
): TConfig {
  const empty = (value: string | undefined) => (value === "" ? undefined : value);
  const parsed = ZConfig.safeParse({
    port: flags.port ?? empty(env.PORT),
    host: flags.host ?? empty(env.HOST),
    dataDir: flags.dataDir ?? empty(env.DECKHAND_DATA_DIR),
    databaseUrl: flags.databaseUrl ?? empty(env.DATABASE_URL),
    role: flags.role,
    maxBodyBytes: flags.maxBodyBytes ?? empty(env.DECKHAND_MAX_BODY_BYTES),
    pollMs: flags.pollMs ?? empty(env.DECKHAND_POLL_MS),
    leaseMs: flags.leaseMs ?? empty(env.DECKHAND_JOB_LEASE_MS),
    commitmentLeadMinutes: empty(env.DECKHAND_COMMITMENT_LEAD_MINUTES),
    digestEveryMs: empty(env.DECKHAND_DIGEST_EVERY),
    handoff: {
      githubApiUrl: empty(env.DECKHAND_GITHUB_API_URL),
      githubToken: empty(env.DECKHAND_GITHUB_TOKEN),
      githubRepo: empty(env.DECKHAND_GITHUB_REPO),
      githubWebhookSecret: empty(env.DECKHAND_GITHUB_WEBHOOK_SECRET),
      slackWebhookUrl: empty(env.DECKHAND_SLACK_WEBHOOK_URL),
    },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key =
      issue?.path[0] === "handoff" ? issue.path.slice(0, 2).join(".") : String(issue?.path[0] ?? "");
    throw new DeckhandError(
      "bad-input",
      `invalid configuration: ${ENV_NAMES[key] ?? key}: ${issue?.message}`,
    );
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.dataDir) };
}
