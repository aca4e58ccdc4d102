import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * Trust learned from outcomes. `trust_counts` holds, per signature (`article/signature`) and per
 * article, how often it proposed a cause and how often that cause was confirmed: the snapshot
 * triage reads. `trust_observations` keeps what each resolved ticket added, so a re-resolved
 * ticket takes its earlier contribution back instead of counting twice.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("trust_counts")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("fired", "integer", (c) => c.notNull())
    .addColumn("confirmed", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("trust_counts_pk", ["kind", "ref"])
    .execute();
  await db.schema.createIndex("trust_counts_updated").on("trust_counts").column("updated_at").execute();
  await db.schema
    .createTable("trust_observations")
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("confirmed", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("trust_observations_pk", ["ticket_id", "kind", "ref"])
    .execute();
}
