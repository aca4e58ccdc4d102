import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * The team digest of each period, kept so the console shows it and chat or mail can repost it:
 * its Markdown and the data it was built from. One per period, however many workers made it.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("digests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("period_end", "text", (c) => c.notNull())
    .addColumn("markdown", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("digests_period", ["period_start", "period_end"])
    .execute();
  await db.schema.createIndex("digests_period_end").on("digests").column("period_end").execute();
}
