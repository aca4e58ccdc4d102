import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * What a person did with each draft (unchanged, edited with its diff, rejected with a reason), by
 * category: the record autonomy is earned from.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("draft_reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("draft_id", "text", (c) => c.notNull().unique().references("drafts.id"))
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("org_id", "text", (c) => c.notNull())
    .addColumn("area", "text")
    .addColumn("code", "text")
    .addColumn("cause", "text", (c) => c.notNull())
    .addColumn("action_kind", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("diff", "text")
    .addColumn("edit_ratio", "real")
    .addColumn("accepted", "integer", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("reason_text", "text")
    .addColumn("reviewer", "text", (c) => c.notNull())
    .addColumn("reviewed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("draft_reviews_category")
    .on("draft_reviews")
    .columns(["cause", "action_kind", "reviewed_at"])
    .execute();
}
