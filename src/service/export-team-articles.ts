import type { z } from "zod";
import type { ZArticleExport } from "../domain/article-draft.ts";
import type { Deps } from "./deps.ts";
import { validateTeamArticle } from "./validate-team-article.ts";

/**
 * Every team article as a file of the shipped knowledge folder (`<area>/<id>.md`), so approved
 * articles can be reviewed and shipped like any other; ones that no longer validate are left out.
 */
export async function exportTeamArticles(
  deps: Pick<Deps, "db" | "kb">,
): Promise<z.infer<typeof ZArticleExport>> {
  const rows = await deps.db.selectFrom("articles").select(["slug", "markdown"]).orderBy("slug").execute();
  const result: z.infer<typeof ZArticleExport> = { items: [], skipped: [] };
  for (const row of rows) {
    const outcome = validateTeamArticle(deps, row.markdown, row.slug);
    if (!outcome.ok) {
      result.skipped.push({ id: row.slug, problems: outcome.problems.map((problem) => problem.message) });
      continue;
    }
    const markdown = row.markdown.endsWith("\n") ? row.markdown : `${row.markdown}\n`;
    result.items.push({ path: `${outcome.article.area}/${outcome.article.id}.md`, markdown });
  }
  return result;
}
