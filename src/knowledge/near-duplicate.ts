import type { TArticle } from "../domain/article.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { searchTerms } from "./search-text.ts";

/** Share of the proposal's distinct words an article must contain to count as the same problem. */
export const SIMILARITY_THRESHOLD = 0.6;
/** Fewer distinct words than this say too little to call two problems the same. */
const MIN_TERMS = 4;

export interface NearDuplicate {
  article: TArticle;
  by: "code" | "similarity";
  /** For similarity: the share of the proposal's words the article matched (0..1). */
  score: number;
}

const isTeam = (article: TArticle) => article.source.startsWith("team:");

/**
 * The existing article a proposal duplicates: one for the same code (its main code first, the
 * team's own before a shipped one, as it can be edited in place), else the article whose title,
 * taxonomy entry, summary and signature words (BM25) cover most of the proposal's words.
 */
export function findNearDuplicate(
  kb: KnowledgeBase,
  { code, text }: { code: string | null; text: string },
): NearDuplicate | null {
  if (code) {
    const rank = (article: TArticle) => (article.codes[0] === code ? 0 : 2) + (isTeam(article) ? 0 : 1);
    const same = kb.articles.filter((article) => article.codes.includes(code)).sort((a, b) => rank(a) - rank(b));
    if (same[0]) return { article: same[0], by: "code", score: 1 };
  }
  const terms = new Set(searchTerms(text));
  if (terms.size < MIN_TERMS) return null;
  for (const hit of kb.index.similar(text, 3)) {
    const score = new Set(hit.terms).size / terms.size;
    const article = kb.byId.get(hit.id);
    if (article && score >= SIMILARITY_THRESHOLD) return { article, by: "similarity", score };
  }
  return null;
}
