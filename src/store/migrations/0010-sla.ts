import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * SLA: every status a ticket passes through (the timers are replayed from it), each ticket's
 * stored timers (what the sweep and the queue read), the follow-ups drafted once per period
 * (progress updates, nudges, closure notices), the lead's settings, and optional customer time zones.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("ticket_status_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    // Orders changes made at the same instant (one transaction may move a ticket twice).
    .addColumn("seq", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("ticket_status_changes_ticket")
    .on("ticket_status_changes")
    .columns(["ticket_id", "seq"])
    .execute();
  await db.schema
    .createTable("sla_timers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("hours", "text", (c) => c.notNull())
    .addColumn("target_minutes", "integer", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("due_at", "text")
    .addColumn("warn_at", "text")
    .addColumn("paused_at", "text")
    .addColumn("met_at", "text")
    .addColumn("remaining_minutes", "real", (c) => c.notNull())
    .addColumn("warned_at", "text")
    .addColumn("breached_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("sla_timers_ticket_kind", ["ticket_id", "kind"])
    .execute();
  await db.schema.createIndex("sla_timers_due").on("sla_timers").columns(["met_at", "due_at"]).execute();
  await db.schema
    .createTable("sla_follow_ups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("draft_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("sla_follow_ups_once", ["ticket_id", "kind", "period"])
    .execute();
  await db.schema
    .createTable("sla_settings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("settings", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .execute();
  await db.schema.alterTable("organisations").addColumn("time_zone", "text").execute();
  await db.schema.alterTable("contacts").addColumn("time_zone", "text").execute();
}
