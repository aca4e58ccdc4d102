import type { TArea } from "../../domain/taxonomy.ts";
import type { Doc } from "../extract/document.ts";
import type { Analyzer, AnalyzerContext, Finding } from "./analyzer.ts";
import { findingsFromHits } from "./score-hits.ts";
import { mergeSimilarity } from "./score-similar.ts";

export interface SignatureAnalyzerOptions {
  area: TArea;
  /** Words that show the ticket is about this area, each with how strongly (0..1). */
  mentions: [RegExp, number][];
  /** Area-specific reasoning over the scored findings (unwrapping, demoting consequences). */
  refine?: (findings: Finding[], context: AnalyzerContext) => Finding[];
}

/** Builds an analyzer that scores its area's signature hits; areas add their own `refine`. */
export function signatureAnalyzer(options: SignatureAnalyzerOptions): Analyzer {
  return {
    area: options.area,
    mentions: (doc: Doc) => mentionScore(doc, options.mentions),
    analyze(context) {
      const findings = mergeSimilarity(findingsFromHits(context), context);
      return options.refine ? options.refine(findings, context) : findings;
    },
  };
}

/** Sums the strength of each distinct mention pattern found, capped at 1. */
export function mentionScore(doc: Doc, mentions: [RegExp, number][]): number {
  let score = 0;
  for (const [pattern, strength] of mentions) if (pattern.test(doc.text)) score += strength;
  return Math.min(1, score);
}
