import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import type { Deps } from "../../src/service/deps.ts";
import { silentLogger } from "../../src/service/deps.ts";
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
