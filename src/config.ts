import { resolve } from "node:path";
import { z } from "zod";
import { DeckhandError } from "./domain/errors.ts";

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
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? "");
    throw new DeckhandError(
      "bad-input",
      `invalid configuration: ${ENV_NAMES[key] ?? key}: ${issue?.message}`,
    );
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.dataDir) };
}
