import { sql, type Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/** The initial model: organisations to audit log, jobs and the search documents. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("plan", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("contacts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("contacts_org_email", ["org_id", "email"])
    .execute();
  await db.schema
    .createTable("engineers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text")
    .addColumn("org_id", "text", (c) => c.references("organisations.id"))
    .addColumn("engineer_id", "text", (c) => c.references("engineers.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createTable("tickets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("contact_id", "text", (c) => c.references("contacts.id"))
    .addColumn("external_id", "text")
    .addColumn("subject", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("priority", "text")
    .addColumn("area", "text")
    .addColumn("top_code", "text")
    .addColumn("top_confidence", "real")
    .addColumn("assignee_id", "text", (c) => c.references("engineers.id"))
    .addColumn("triage_version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("tickets_org_external", ["org_id", "external_id"])
    .execute();
  await db.schema.createIndex("tickets_status").on("tickets").columns(["status", "priority"]).execute();
  await db.schema
    .createTable("messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("messages_ticket")
    .on("messages")
    .columns(["ticket_id", "created_at"])
    .execute();
  await db.schema
    .createTable("attachments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("message_id", "text", (c) => c.notNull().references("messages.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("triage_results")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("triage_ticket_version", ["ticket_id", "version"])
    .execute();
  await db.schema
    .createTable("drafts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("triage_version", "integer", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text")
    .execute();
  await db.schema
    .createTable("escalations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ticket_id", "text", (c) => c.notNull().references("tickets.id"))
    .addColumn("team", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("articles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("markdown", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("details", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_entity")
    .on("audit_log")
    .columns(["entity_type", "entity_id", "at"])
    .execute();
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("jobs_ready").on("jobs").columns(["status", "run_at"]).execute();
  await createSearch(db, dialect);
}

/** Full-text search: an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL. */
async function createSearch(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("search_docs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref_id", "text", (c) => c.notNull())
    .addColumn("org_id", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("search_kind_ref", ["kind", "ref_id"])
    .execute();
  if (dialect === "postgres") {
    await sql`ALTER TABLE search_docs ADD COLUMN tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || to_tsvector('english', body)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX search_docs_tsv ON search_docs USING GIN (tsv)`.execute(db);
    return;
  }
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs', content_rowid='rowid', tokenize='porter unicode61')`.execute(
    db,
  );
  await sql`CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN INSERT INTO search_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END`.execute(
    db,
  );
  await sql`CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); END`.execute(
    db,
  );
  await sql`CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); INSERT INTO search_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END`.execute(
    db,
  );
}
