import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * Drafts say what they do (action kind), why they were written (purpose) and what they rest on
 * (area, root cause, confidence, priority), so autonomy can be earned per category; `send_at` is set
 * while a draft is held before an autonomous send.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable("drafts")
    .addColumn("action_kind", "text", (c) => c.notNull().defaultTo("known-fix"))
    .execute();
  await db.schema
    .alterTable("drafts")
    .addColumn("purpose", "text", (c) => c.notNull().defaultTo("triage"))
    .execute();
  await db.schema.alterTable("drafts").addColumn("area", "text").execute();
  await db.schema.alterTable("drafts").addColumn("code", "text").execute();
  await db.schema.alterTable("drafts").addColumn("confidence", "real").execute();
  await db.schema.alterTable("drafts").addColumn("priority", "text").execute();
  await db.schema.alterTable("drafts").addColumn("send_at", "text").execute();
  await db.schema.createIndex("drafts_ticket_status").on("drafts").columns(["ticket_id", "status"]).execute();
}
