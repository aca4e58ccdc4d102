import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * What actually caused a resolved ticket, as the engineer confirmed or corrected it: the ground
 * truth that trust in signatures, new articles and the digest are learned from. One per ticket
 * (a reopened and re-resolved ticket replaces it).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("ticket_outcomes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().unique().references("tickets.id"))
    .addColumn("org_id", "text", (c) => c.notNull())
    .addColumn("triage_version", "integer", (c) => c.notNull())
    .addColumn("predicted_code", "text")
    .addColumn("code", "text")
    .addColumn("cause_note", "text")
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("area", "text")
    .addColumn("key_error_line", "text")
    .addColumn("decided_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("ticket_outcomes_created").on("ticket_outcomes").column("created_at").execute();
}
