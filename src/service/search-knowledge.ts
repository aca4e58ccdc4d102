import { fill } from "../pipeline/compose/reply.ts";
import { searchDocs } from "../store/search.ts";
import type { Deps } from "./deps.ts";
import { orgScope, type Principal } from "./principal.ts";
import { upsertSearchDoc } from "./search-docs.ts";

export interface SearchHit {
  kind: "article" | "ticket";
  id: string;
  title: string;
  snippet: string;
  score: number;
}

/** Searches articles and past resolved tickets the principal may see. */
export async function searchKnowledge(
  deps: Pick<Deps, "db" | "dialect">,
  { principal, q, limit = 20 }: { principal: Principal; q: string; limit?: number },
): Promise<SearchHit[]> {
  const rows = await searchDocs(deps.db, deps.dialect, {
    text: q,
    orgId: orgScope(principal),
    limit: Math.min(Math.max(limit, 1), 100),
  });
  return rows.map((row) => ({
    kind: row.kind,
    id: row.ref_id,
    title: row.title,
    snippet: row.snippet,
    score: row.score,
  }));
}

/** Makes every shipped article searchable (at start-up; unchanged articles are simply rewritten). */
export async function indexArticles(deps: Deps): Promise<number> {
  await deps.db.transaction().execute(async (trx) => {
    for (const article of deps.kb.articles) {
      await upsertSearchDoc(trx, deps, {
        kind: "article",
        refId: article.id,
        orgId: null,
        title: article.title,
        body: `${article.codes.join(" ")}\n${article.summary}\n${article.steps.map((step) => fill(step, {}, {})).join("\n")}`,
      });
    }
  });
  return deps.kb.articles.length;
}
