import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { Dialect, Store } from "./dialect.ts";
import * as initial from "./migrations/0001-initial.ts";
import * as sessions from "./migrations/0002-sessions.ts";
import * as searchRank from "./migrations/0003-search-rank.ts";
import * as draftKinds from "./migrations/0004-draft-kinds.ts";
import * as outcomes from "./migrations/0005-outcomes.ts";

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

/** Every migration, in order; each gets the dialect so quirks stay inside the migration. */
const MIGRATIONS: Record<string, DialectMigration> = {
  "0001-initial": initial,
  "0002-sessions": sessions,
  "0003-search-rank": searchRank,
  "0004-draft-kinds": draftKinds,
  "0005-outcomes": outcomes,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}

  getMigrations(): Promise<Record<string, Migration>> {
    const dialect = this.dialect;
    return Promise.resolve(
      Object.fromEntries(
        Object.entries(MIGRATIONS).map(([name, migration]) => [
          name,
          { up: (db: Kysely<unknown>) => migration.up(db, dialect) },
        ]),
      ),
    );
  }
}

/** Brings the schema up to date; safe to run from several processes at once (Kysely locks). */
export async function migrate(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: new StaticProvider(store.dialect),
    // Features land in parallel branches: a migration numbered below one already applied still runs.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
