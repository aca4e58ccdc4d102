import type { Kysely } from "kysely";
import type { THandoffConfig } from "../handoff/handoff-config.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Dialect } from "../store/dialect.ts";
import type { Database } from "../store/schema.ts";

/** Structured logging; the server passes a JSON-lines logger, tests a silent one. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** What every use case may need, passed in rather than imported, so tests can swap any part. */
export interface Deps {
  db: Kysely<Database>;
  dialect: Dialect;
  kb: KnowledgeBase;
  clock: () => Date;
  ids: () => string;
  log: Logger;
  /** Escalation destinations (GitHub, Slack) from the configuration; absent: none configured. */
  handoff?: THandoffConfig;
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

/** The clock as the ISO-8601 UTC string stored in the database. */
export const nowIso = (deps: Pick<Deps, "clock">): string => deps.clock().toISOString();
