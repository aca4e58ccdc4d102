import type { TEvidence } from "../../domain/triage-result.ts";
import { searchTerms } from "../../knowledge/search-text.ts";
import type { AnalyzerContext, Finding } from "./analyzer.ts";

/** A full-text match this strong or more is a real resemblance, not a few shared words. */
const MIN_SCORE = 150;
const MIN_TERMS = 2;
/** Only articles within this share of the best match are worth proposing. */
const MIN_RELATIVE = 0.5;
const SATURATION = 1500;
/** Full-text similarity alone never beats a signature: it ranges from 0.3 to 0.55. */
const BASE = 0.3;
const SPAN = 0.25;
/** What a word-only proposal claims, in the middle of its range: the prior that outcomes revise. */
export const SIMILARITY_CLAIM = BASE + SPAN / 2;
/** When a signature fired too, similarity adds at most this much, to break ties between signatures. */
const CORROBORATION = 0.08;
const MAX_EVIDENCE = 2;

/**
 * Turns full-text similarity into findings for tickets that describe a problem in words, and into
 * a small bonus for signature findings of the same article. Evidence is the lines sharing the most
 * words with the article.
 */
export function mergeSimilarity(findings: Finding[], context: AnalyzerContext): Finding[] {
  const best = context.bestSimilarity;
  const byArticle = new Map(findings.map((finding) => [finding.article.id, finding]));
  const merged = findings.map((finding) => {
    const similar = context.similar.find((hit) => hit.id === finding.article.id);
    return similar && best > 0
      ? { ...finding, score: finding.score + CORROBORATION * (similar.score / best) }
      : finding;
  });
  for (const hit of context.similar) {
    if (byArticle.has(hit.id) || hit.score < MIN_SCORE || hit.terms.length < MIN_TERMS) continue;
    const relative = hit.score / best;
    if (relative < MIN_RELATIVE) continue;
    const article = context.kb.byId.get(hit.id);
    const evidence = linesSharingTerms(context, new Set(hit.terms));
    if (!article || evidence.length === 0) continue;
    merged.push({
      code: article.codes[0] ?? "",
      article,
      score:
        (BASE + SPAN * Math.min(1, hit.score / SATURATION) * relative) * context.trust.article(article.id),
      evidence,
      captures: {},
      signatures: [],
    });
  }
  return merged;
}

function linesSharingTerms(context: AnalyzerContext, terms: Set<string>): TEvidence[] {
  return context.doc.lines
    .map((line, index) => ({
      line,
      index,
      shared: new Set(searchTerms(line.text).filter((term) => terms.has(term))).size,
    }))
    .filter((entry) => entry.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a.index - b.index)
    .map(({ line }) => ({ source: line.source, line: line.line, text: line.text.trim().slice(0, 500) }));
}
