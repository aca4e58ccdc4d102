import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { Dialect, Store } from "./dialect.ts";
import * as initial from "./migrations/0001-initial.ts";
import * as sessions from "./migrations/0002-sessions.ts";
import * as searchRank from "./migrations/0003-search-rank.ts";
import * as draftKinds from "./migrations/0004-draft-kinds.ts";
import * as outcomes from "./migrations/0005-outcomes.ts";
import * as draftReviews from "./migrations/0006-draft-reviews.ts";
import * as autonomy from "./migrations/0007-autonomy.ts";
import * as trust from "./migrations/0008-trust.ts";
import * as articleDrafts from "./migrations/0009-article-drafts.ts";
import * as sla from "./migrations/0010-sla.ts";
import * as commitments from "./migrations/0011-commitments.ts";
import * as handoffs from "./migrations/0012-handoffs.ts";
import * as digests from "./migrations/0013-digests.ts";

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
  "0006-draft-reviews": draftReviews,
  "0007-autonomy": autonomy,
  "0008-trust": trust,
  "0009-article-drafts": articleDrafts,
  "0010-sla": sla,
  "0011-commitments": commitments,
  "0012-handoffs": handoffs,
  "0013-digests": digests,
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
