import type { TArticle } from "../domain/article.ts";
import type { KnowledgeProblem } from "../knowledge/errors.ts";
import { checkArticle } from "../knowledge/load-knowledge.ts";
import { parseArticle } from "../knowledge/parse-article.ts";
import type { Deps } from "./deps.ts";

export type TeamArticleOutcome =
  | { ok: true; article: TArticle; problems: [] }
  | { ok: false; article: TArticle | null; problems: KnowledgeProblem[] };

/** The file name team articles are checked under (no folder: the area check is for shipped files). */
export const teamFile = (slug: string) => `team:${slug}.md`;

/**
 * Validates a team article exactly as a shipped one is (schema, taxonomy, patterns, fixtures), and
 * refuses an id that a shipped article already uses.
 */
export function validateTeamArticle(
  deps: Pick<Deps, "kb">,
  markdown: string,
  slug = "draft",
): TeamArticleOutcome {
  const parsed = parseArticle(teamFile(slug), markdown);
  if (!parsed.ok) return { ok: false, article: null, problems: parsed.problems };
  const problems = checkArticle(parsed.article, deps.kb.taxonomy, true);
  if (deps.kb.byId.has(parsed.article.id))
    problems.push({
      file: parsed.article.source,
      field: "id",
      message: `id '${parsed.article.id}' is a shipped article's`,
    });
  return problems.length === 0
    ? { ok: true, article: parsed.article, problems: [] }
    : { ok: false, article: parsed.article, problems };
}
