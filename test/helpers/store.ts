import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import type { Deps } from "../../src/service/deps.ts";
import { silentLogger } from "../../src/service/deps.ts";
import { hashPassword } from "../../src/service/passwords.ts";
import { openStore, type Dialect, type Store } from "../../src/store/dialect.ts";
import { migrate } from "../../src/store/migrate.ts";

/** The local PostgreSQL the tests use (trust auth); each run creates and drops its own database. */
export const PG_ADMIN_URL = process.env.DECKHAND_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  dialect: Dialect;
  /** For `openStore` and for child processes: DATABASE_URL or DECKHAND_DATA_DIR. */
  databaseUrl?: string;
  dataDir: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of the given dialect. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "deckhand-test-"));
  if (dialect === "sqlite")
    return {
      dialect,
      dataDir,
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  const name = `deckhand_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    dialect,
    databaseUrl,
    dataDir,
    async drop() {
      const client = new pg.Client({ connectionString: PG_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const { kb } = loadKnowledge();

/** Opens and migrates a store on the test database and builds use-case dependencies for it. */
export async function openTestDeps(
  database: TestDatabase,
  clock: () => Date = () => new Date(),
): Promise<{ deps: Deps; store: Store }> {
  const store = openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  await migrate(store);
  return {
    store,
    deps: { db: store.db, dialect: store.dialect, kb, clock, ids: randomUUID, log: silentLogger },
  };
}

/** Two use-case dependencies on one database, each with its own connection (pool), and what closes both. */
export interface TwoDeps {
  one: Deps;
  two: Deps;
  close: () => Promise<void>;
}

/**
 * Opens the test database twice, as two worker (or server) processes would, so a test can race them
 * against each other; `close()` closes both stores (the database itself is still the caller's to drop).
 */
export async function openTwoDeps(database: TestDatabase, clock?: () => Date): Promise<TwoDeps> {
  const a = await openTestDeps(database, clock);
  const b = await openTestDeps(database, clock);
  return {
    one: a.deps,
    two: b.deps,
    close: async () => {
      await a.store.close();
      await b.store.close();
    },
  };
}

/** An engineer for `insertEngineer`; without a password they cannot sign in to the console. */
export interface TestEngineer {
  id: string;
  email: string;
  name: string;
  role: "agent" | "lead" | "admin";
  password?: string;
}

/** Inserts an engineer row directly (no use case adds one), created at `deps.clock()`, the password hashed. */
export async function insertEngineer(deps: Deps, engineer: TestEngineer): Promise<void> {
  await deps.db
    .insertInto("engineers")
    .values({
      id: engineer.id,
      email: engineer.email,
      name: engineer.name,
      role: engineer.role,
      password_hash: engineer.password === undefined ? null : await hashPassword(engineer.password),
      created_at: deps.clock().toISOString(),
    })
    .execute();
}
