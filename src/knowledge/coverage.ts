import { unescapeQuotes } from "../pipeline/analyze/match-signatures.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";

export interface HealthySample {
  name: string;
  text: string;
}

export interface CoverageReport {
  codes: number;
  codesWithoutArticle: string[];
  articlesWithFewFixtures: string[];
  silentSignatures: string[];
  negativeMatches: { sample: string; line: number; signature: string }[];
}

const MIN_FIXTURES = 2;

/**
 * What the knowledge base does not cover yet: taxonomy codes with no article, articles with too
 * few fixtures, signatures no fixture exercises, and signatures that fire on healthy output.
 */
export function coverageReport(kb: KnowledgeBase, healthy: HealthySample[]): CoverageReport {
  const covered = new Set(kb.articles.flatMap((article) => article.codes));
  const fired = new Set<string>();
  for (const signature of kb.signatures) {
    const fixtures = signature.article.fixtures;
    if (fixtures.some((fixture) => fixture.text.split(/\r?\n/).some((line) => signature.regex.test(unescapeQuotes(line)))))
      fired.add(`${signature.article.id}#${signature.id}`);
  }
  const negativeMatches = healthy.flatMap((sample) =>
    sample.text.split(/\r?\n/).flatMap((line, index) =>
      kb.signatures
        .filter((signature) => signature.regex.test(unescapeQuotes(line)))
        .map((signature) => ({
          sample: sample.name,
          line: index + 1,
          signature: `${signature.article.id}#${signature.id}`,
        })),
    ),
  );
  return {
    codes: kb.taxonomy.codes.length,
    codesWithoutArticle: kb.taxonomy.codes.map((entry) => entry.code).filter((code) => !covered.has(code)),
    articlesWithFewFixtures: kb.articles
      .filter((article) => article.fixtures.length < MIN_FIXTURES)
      .map((article) => article.id),
    silentSignatures: kb.signatures
      .map((signature) => `${signature.article.id}#${signature.id}`)
      .filter((key) => !fired.has(key)),
    negativeMatches,
  };
}
