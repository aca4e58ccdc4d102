import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

export type Dialect = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** `postgres://...` selects PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
}

/** Opens the database: PostgreSQL when a URL is given, else an embedded SQLite file. */
export function openStore({ databaseUrl, dataDir }: StoreOptions): Store {
  if (databaseUrl) {
    // Timestamps are ISO strings; keep PostgreSQL from turning them into Date objects.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // An idle connection the server closed (restart, failover, admin shutdown) must not crash the
    // process: the pool drops it and opens a new one for the next query.
    pool.on("error", () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", close: () => db.destroy() };
  }
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(join(dataDir, "deckhand.sqlite"));
  // WAL lets readers run beside the writer; busy_timeout makes concurrent processes wait, not fail.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}
