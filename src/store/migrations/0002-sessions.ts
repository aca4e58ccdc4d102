import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/** Console sign-in: server-side sessions, stored by the hash of the cookie's value. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engineer_id", "text", (c) => c.notNull().references("engineers.id"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_engineer").on("sessions").column("engineer_id").execute();
}
