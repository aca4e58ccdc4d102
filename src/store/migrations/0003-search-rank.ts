import { sql, type Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * SQLite: make FTS5's built-in `rank` weigh titles four times the body, so a query can order by
 * `rank` (ranked inside the virtual table) and keep the weighting. PostgreSQL weighs titles through
 * the tsvector's 'A' label already.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== "sqlite") return;
  await sql`INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')`.execute(db);
}
