import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * Articles Deckhand proposes from resolved tickets it could not explain: a new article, or a
 * suggestion to extend an existing one, waiting for a person to approve (it then becomes a team
 * article) or reject it. One per ticket outcome.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("article_drafts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("outcome_id", "text", (c) => c.notNull().unique())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("code", "text")
    .addColumn("target_article", "text")
    .addColumn("target_origin", "text")
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("pattern", "text")
    .addColumn("refused_pattern", "text")
    .addColumn("notes", "text", (c) => c.notNull())
    .addColumn("markdown", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text")
    .addColumn("decision_note", "text")
    .addColumn("article_id", "text")
    .execute();
  await db.schema
    .createIndex("article_drafts_status")
    .on("article_drafts")
    .columns(["status", "created_at"])
    .execute();
}
