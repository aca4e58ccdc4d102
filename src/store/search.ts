import { sql, type Kysely } from "kysely";
import type { Dialect } from "./dialect.ts";
import type { Database } from "./schema.ts";

export interface SearchQuery {
  text: string;
  /** Restricts ticket hits to this organisation; null searches every organisation's tickets. */
  orgId: string | null;
  limit: number;
}

export interface SearchRow {
  kind: "article" | "ticket";
  ref_id: string;
  title: string;
  snippet: string;
  score: number;
}

/** Words only: customer text never reaches the search engine's query syntax. */
export function queryWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}_]{2,40}/gu) ?? [])].slice(0, 32);
}

/**
 * Full-text search over articles and resolved tickets, on FTS5 or PostgreSQL's text search behind
 * one function. Tickets are limited to the caller's organisation when it has one.
 */
export async function searchDocs(
  db: Kysely<Database>,
  dialect: Dialect,
  query: SearchQuery,
): Promise<SearchRow[]> {
  const words = queryWords(query.text);
  if (words.length === 0) return [];
  // Every word first, which is precise and cheap; any word only when that finds nothing.
  const all = await searchWords(db, dialect, query, words, "AND");
  return all.length > 0 || words.length === 1 ? all : searchWords(db, dialect, query, words, "OR");
}

async function searchWords(
  db: Kysely<Database>,
  dialect: Dialect,
  query: SearchQuery,
  words: string[],
  join: "AND" | "OR",
): Promise<SearchRow[]> {
  const visible = sql`(d.kind = 'article' OR (t.status IN ('resolved', 'closed') AND (${query.orgId}::text IS NULL OR d.org_id = ${query.orgId})))`;
  if (dialect === "postgres") {
    const tsquery = words.join(join === "AND" ? " " : " OR ");
    const result = await sql<Found>`
      SELECT d.kind, d.ref_id, d.title, d.body,
        ts_rank(d.tsv, websearch_to_tsquery('english', ${tsquery})) AS score
      FROM search_docs d LEFT JOIN tickets t ON d.kind = 'ticket' AND t.id = d.ref_id
      WHERE d.tsv @@ websearch_to_tsquery('english', ${tsquery}) AND ${visible}
      ORDER BY score DESC LIMIT ${query.limit}`.execute(db);
    return result.rows.map((row) => toRow(row, words));
  }
  const match = words.map((word) => `"${word.replace(/"/g, "")}"`).join(` ${join} `);
  const sqliteVisible = sql`(d.kind = 'article' OR (t.status IN ('resolved', 'closed') AND (${query.orgId} IS NULL OR d.org_id = ${query.orgId})))`;
  // FTS5 ranks inside the virtual table when the query orders by its own rank: take the best
  // candidates there, then apply visibility, instead of joining every match before sorting.
  const result = await sql<Found>`
    SELECT d.kind, d.ref_id, d.title, d.body, -c.rank AS score
    FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ${match} ORDER BY rank LIMIT ${CANDIDATES}) c
    JOIN search_docs d ON d.rowid = c.rowid
    LEFT JOIN tickets t ON d.kind = 'ticket' AND t.id = d.ref_id
    WHERE ${sqliteVisible}
    ORDER BY c.rank LIMIT ${query.limit}`.execute(db);
  return result.rows.map((row) => toRow(row, words));
}

/** How many best matches are considered before visibility rules pick the ones to return. */
const CANDIDATES = 500;

type Found = Omit<SearchRow, "snippet"> & { body: string };

/** Snippets are cut here, for the returned rows only, rather than by the engine for every match. */
function toRow(row: Found, words: string[]): SearchRow {
  const lower = row.body.toLowerCase();
  const at = Math.min(
    ...words.map((word) => lower.indexOf(word)).filter((index) => index >= 0),
    row.body.length,
  );
  const start = Math.max(0, at - 60);
  const snippet = `${start > 0 ? "... " : ""}${row.body
    .slice(start, start + 200)
    .replace(/\s+/g, " ")
    .trim()}${start + 200 < row.body.length ? " ..." : ""}`;
  return { kind: row.kind, ref_id: row.ref_id, title: row.title, snippet, score: Number(row.score) };
}
