import type { Kysely } from "kysely";
import type { TArticle } from "../domain/article.ts";
import { extendKnowledge } from "../knowledge/extend-knowledge.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { validateTeamArticle } from "./validate-team-article.ts";

interface Cached {
  base: KnowledgeBase;
  stamp: string;
  kb: KnowledgeBase;
}

// Per database handle, so two stores in one process (tests) behave like two processes.
const cache = new WeakMap<Kysely<Database>, Cached>();
const building = new WeakMap<Kysely<Database>, Promise<Cached>>();

/**
 * What the team articles look like now, in one cheap query: any save, approval or deletion in any
 * process changes the count, the newest update time or the total length.
 */
async function stampOf(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom("articles")
    .select((eb) => [
      eb.fn.countAll<string | number>().as("n"),
      eb.fn.max("updated_at").as("at"),
      eb.fn.sum<string | number | null>(eb.fn("length", ["markdown"])).as("size"),
    ])
    .executeTakeFirst();
  return `${String(row?.n ?? 0)}|${row?.at ?? ""}|${String(row?.size ?? 0)}`;
}

/**
 * The knowledge base triage uses: the shipped articles plus every team article, built once per
 * process and rebuilt only when the team articles changed. A team article that no longer
 * validates is skipped with a log line; it never breaks triage.
 */
export async function liveKnowledge(deps: Pick<Deps, "db" | "kb" | "log">): Promise<KnowledgeBase> {
  const stamp = await stampOf(deps.db);
  const cached = cache.get(deps.db);
  if (cached && cached.base === deps.kb && cached.stamp === stamp) return cached.kb;
  let pending = building.get(deps.db);
  if (!pending) {
    pending = build(deps, stamp).finally(() => building.delete(deps.db));
    building.set(deps.db, pending);
  }
  const built = await pending;
  cache.set(deps.db, built);
  return built.kb;
}

async function build(deps: Pick<Deps, "db" | "kb" | "log">, stamp: string): Promise<Cached> {
  const rows = await deps.db.selectFrom("articles").select(["slug", "markdown"]).orderBy("slug").execute();
  const articles: TArticle[] = [];
  for (const row of rows) {
    const outcome = validateTeamArticle(deps, row.markdown, row.slug);
    if (outcome.ok) articles.push(outcome.article);
    else
      deps.log.error("team article skipped: it does not validate", {
        slug: row.slug,
        problems: outcome.problems.slice(0, 5).map((problem) => problem.message),
      });
  }
  return { base: deps.kb, stamp, kb: extendKnowledge(deps.kb, articles) };
}
