// Triage latency per ticket (dev set and 100 KB tickets), and knowledge/ticket search latency
// with 100,000 past tickets indexed, on SQLite FTS5 and PostgreSQL.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { sql } from "kysely";
import { DEFAULT_CASES } from "../src/eval/cases.ts";
import { loadKnowledge } from "../src/knowledge/load-knowledge.ts";
import { triage } from "../src/pipeline/triage.ts";
import { searchKnowledge, indexArticles } from "../src/service/search-knowledge.ts";
import { createTestDatabase, openTestDeps } from "../test/helpers/store.ts";

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export async function benchLatency(): Promise<void> {
  const { kb } = loadKnowledge();
  const dev = existsSync(DEFAULT_CASES)
    ? readFileSync(DEFAULT_CASES, "utf8")
        .trim()
        .split("\n")
        .map((line) => (JSON.parse(line) as { ticket: string }).ticket)
    : [];
  const filler = "10:00:01   Info     |   Step output: copying files to the web farm, nothing unusual here\n";
  const big = Array.from(
    { length: 50 },
    (_, i) =>
      `${filler.repeat(Math.ceil(100_000 / filler.length))}Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress ${i}`,
  );
  for (const body of [...dev, ...big].slice(0, 5)) triage({ body }, { kb }); // warm-up
  const rows: [string, number[]][] = [
    [`dev set (${dev.length} tickets)`, dev.map((body) => time(() => triage({ body }, { kb })))],
    ["100 KB tickets (50)", big.map((body) => time(() => triage({ body }, { kb })))],
  ];
  process.stdout.write("\nTriage latency per ticket\n| tickets | p50 ms | p99 ms |\n|---|---|---|\n");
  for (const [name, samples] of rows) {
    const { p50, p99 } = percentiles(samples);
    process.stdout.write(`| ${name} | ${p50.toFixed(1)} | ${p99.toFixed(1)} |\n`);
  }
  process.stdout.write(
    `\nSearch latency with ${TICKETS} resolved tickets indexed\n| database | p50 ms | p99 ms |\n|---|---|---|\n`,
  );
  for (const dialect of ["sqlite", "postgres"] as const) {
    const database = await createTestDatabase(dialect);
    const { deps, store } = await openTestDeps(database);
    try {
      await indexArticles(deps);
      const org = randomUUID();
      await deps.db
        .insertInto("organisations")
        .values({ id: org, slug: "bench", name: "bench", plan: null, created_at: new Date().toISOString() })
        .execute();
      // Tickets draw words from the articles' vocabulary with a Zipf-like skew, like real text.
      const vocabulary = [
        ...new Set(
          kb.articles.flatMap(
            (article) =>
              `${article.title} ${article.summary}`.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? [],
          ),
        ),
      ].slice(0, 3000);
      const word = (n: number) =>
        vocabulary[Math.floor(vocabulary.length * Math.pow(((n * 2654435761) % 1000003) / 1000003, 3))] ??
        "error";
      const words = vocabulary;
      for (let start = 0; start < TICKETS; start += 1000) {
        const batch = Array.from({ length: Math.min(1000, TICKETS - start) }, (_, i) => {
          const n = start + i;
          const id = randomUUID();
          const text = Array.from({ length: 60 }, (_, k) => word(n * 61 + k)).join(" ");
          return { id, n, text };
        });
        await deps.db.transaction().execute(async (trx) => {
          const now = new Date().toISOString();
          await trx
            .insertInto("tickets")
            .values(
              batch.map(({ id }) => ({
                id,
                org_id: org,
                contact_id: null,
                external_id: null,
                subject: "bench",
                status: "resolved",
                priority: "P3",
                area: "helm",
                top_code: null,
                top_confidence: null,
                assignee_id: null,
                triage_version: 1,
                created_at: now,
                updated_at: now,
              })),
            )
            .execute();
          await trx
            .insertInto("search_docs")
            .values(
              batch.map(({ id, n, text }) => ({
                id: randomUUID(),
                kind: "ticket" as const,
                ref_id: id,
                org_id: org,
                title: `ticket ${n}`,
                body: text,
                updated_at: now,
              })),
            )
            .execute();
        });
      }
      if (dialect === "postgres") await sql`ANALYZE`.execute(deps.db);
      const principal = {
        kind: "engineer" as const,
        role: "admin" as const,
        tokenId: "bench",
        engineerId: null,
      };
      const queries = Array.from(
        { length: 200 },
        (_, i) => `${word(i * 7 + 1)} ${word(i * 11 + 5)} ${words[(i * 37) % words.length] ?? ""}`,
      );
      for (const q of queries.slice(0, 10)) await searchKnowledge(deps, { principal, q });
      const samples: number[] = [];
      for (const q of queries) {
        const started = performance.now();
        await searchKnowledge(deps, { principal, q, limit: 20 });
        samples.push(performance.now() - started);
      }
      const { p50, p99 } = percentiles(samples);
      process.stdout.write(`| ${dialect} | ${p50.toFixed(1)} | ${p99.toFixed(1)} |\n`);
    } finally {
      await store.close();
      await database.drop();
    }
  }
}
