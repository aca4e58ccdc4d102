import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * Earned autonomy: each category's level (and a lead's pin or cap), its history, the policy's
 * overrides of the defaults in code, and customers' ratings of tickets.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("autonomy_categories")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("cause", "text", (c) => c.notNull())
    .addColumn("action_kind", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("level_since", "text")
    .addColumn("override", "text")
    .addColumn("override_level", "text")
    .addColumn("override_by", "text")
    .addColumn("override_at", "text")
    .addColumn("override_note", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("autonomy_categories_key", ["cause", "action_kind"])
    .execute();
  await db.schema
    .createTable("autonomy_level_history")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("category_id", "text", (c) => c.notNull().references("autonomy_categories.id"))
    .addColumn("from_level", "text", (c) => c.notNull())
    .addColumn("to_level", "text", (c) => c.notNull())
    .addColumn("change", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("numbers", "text")
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("autonomy_level_history_category")
    .on("autonomy_level_history")
    .columns(["category_id", "at"])
    .execute();
  await db.schema
    .createTable("autonomy_policy")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("ticket_ratings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("org_id", "text", (c) => c.notNull())
    .addColumn("rating", "integer", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("rated_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("ticket_ratings_ticket").on("ticket_ratings").column("ticket_id").execute();
}
