import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * Promises made in outgoing replies ("I'll update you by 3 pm tomorrow"), tracked until the next
 * reply keeps them or their due time passes, and the reminders their owners get before they fall due.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("commitments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("message_id", "text", (c) => c.notNull().references("messages.id"))
    .addColumn("owner", "text", (c) => c.notNull())
    .addColumn("team", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("phrase", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("condition", "text")
    .addColumn("due_at", "text")
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("confidence", "real", (c) => c.notNull())
    .addColumn("backed_by", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reminded_at", "text")
    .addColumn("kept_at", "text")
    .addColumn("settled_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("commitments_status_due")
    .on("commitments")
    .columns(["status", "due_at"])
    .execute();
  await db.schema
    .createIndex("commitments_ticket")
    .on("commitments")
    .columns(["ticket_id", "status"])
    .execute();
  await db.schema
    .createIndex("commitments_owner")
    .on("commitments")
    .columns(["owner", "created_at"])
    .execute();
  await db.schema
    .createTable("reminders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("commitment_id", "text", (c) => c.notNull().unique().references("commitments.id"))
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("dismissed_at", "text")
    .execute();
  await db.schema
    .createIndex("reminders_recipient")
    .on("reminders")
    .columns(["recipient", "dismissed_at"])
    .execute();
}
