import type { z } from "zod";
import type { TArticle } from "../domain/article.ts";
import type { ZArticleSummary } from "../domain/console-api.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";
import { parseArticle } from "../knowledge/parse-article.ts";
import { teamFile } from "./validate-team-article.ts";

export type ArticleOrigin = "shipped" | "team";
export interface KnownArticle {
  article: TArticle;
  origin: ArticleOrigin;
  markdown: string | null;
}

/** The shipped articles and the team's own (those that still parse), team articles last. */
export async function loadAllArticles(deps: Pick<Deps, "db" | "kb">): Promise<KnownArticle[]> {
  const rows = await deps.db.selectFrom("articles").select(["slug", "markdown"]).orderBy("slug").execute();
  const team = rows.flatMap((row): KnownArticle[] => {
    const parsed = parseArticle(teamFile(row.slug), row.markdown);
    return parsed.ok ? [{ article: parsed.article, origin: "team", markdown: row.markdown }] : [];
  });
  return [
    ...deps.kb.articles.map((article) => ({ article, origin: "shipped" as const, markdown: null })),
    ...team,
  ];
}

/** How many tickets have each root-cause code as their top diagnosis. */
export async function countTopCodes(deps: Pick<Deps, "db">): Promise<Map<string, number>> {
  const rows = await deps.db
    .selectFrom("tickets")
    .select(["top_code", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("top_code", "is not", null)
    .groupBy("top_code")
    .execute();
  return new Map(rows.map((row) => [row.top_code ?? "", Number(row.n)]));
}

/** Every article with how many tickets it explained. */
export async function listArticles(
  deps: Pick<Deps, "db" | "kb">,
  { principal }: { principal: Principal },
): Promise<z.infer<typeof ZArticleSummary>[]> {
  requireEngineer(principal);
  const [articles, counts] = await Promise.all([loadAllArticles(deps), countTopCodes(deps)]);
  return articles.map(({ article, origin }) => ({
    id: article.id,
    title: article.title,
    area: article.area,
    codes: article.codes,
    origin,
    explained: article.codes.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0),
  }));
}
