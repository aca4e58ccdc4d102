import { unescapeQuotes } from "../pipeline/analyze/match-signatures.ts";
import type { z } from "zod";
import type { ZArticleCheck } from "../domain/console-api.ts";
import { compileSignature } from "../knowledge/knowledge-base.ts";
import type { Deps } from "./deps.ts";
import { validateTeamArticle } from "./validate-team-article.ts";

const MAX_MATCHES = 200;
const MAX_LINE = 2000;

/** Validates an article being written and runs its signatures over a pasted sample, line by line. */
export function checkTeamArticle(
  deps: Pick<Deps, "kb">,
  { markdown, sample }: { markdown: string; sample: string },
): z.infer<typeof ZArticleCheck> {
  const outcome = validateTeamArticle(deps, markdown);
  const matches: z.infer<typeof ZArticleCheck>["matches"] = [];
  // Long lines are cut, as a pattern written in a hurry may backtrack badly on them.
  const lines = sample.split(/\r?\n/).map((line) => line.slice(0, MAX_LINE));
  const article = outcome.article;
  for (const signature of article?.signatures ?? []) {
    let regex: RegExp;
    try {
      regex = compileSignature(article as NonNullable<typeof article>, signature).regex;
    } catch {
      continue; // reported among the problems
    }
    lines.forEach((text, index) => {
      if (matches.length < MAX_MATCHES && regex.test(unescapeQuotes(text)))
        matches.push({ signature: signature.id, line: index + 1, text: text.slice(0, 500) });
    });
  }
  return {
    ok: outcome.ok,
    id: outcome.article?.id ?? null,
    problems: outcome.problems.map(({ line, field, message }) => ({ line, field, message })),
    matches,
  };
}
