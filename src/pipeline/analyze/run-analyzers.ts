import type { KnowledgeBase } from "../../knowledge/knowledge-base.ts";
import type { Doc } from "../extract/document.ts";
import type { Analyzer, AnalyzerRun } from "./analyzer.ts";
import { matchSignatures } from "./match-signatures.ts";
import { NEUTRAL_TRUST, type Trust } from "./trust.ts";

/** How many articles the full-text search proposes per ticket. */
const SIMILAR_LIMIT = 5;

/**
 * Matches all signatures once, then lets each area's analyzer interpret its own articles' hits.
 * A failing analyzer becomes an error entry; the others still run.
 */
export function runAnalyzers(
  doc: Doc,
  facts: Record<string, string>,
  kb: KnowledgeBase,
  analyzers: readonly Analyzer[],
  trust: Trust = NEUTRAL_TRUST,
  now: () => number = () => performance.now(),
): AnalyzerRun[] {
  const hits = matchSignatures(doc, kb.signatures);
  const similar = kb.index.similar(doc.text, SIMILAR_LIMIT);
  const bestSimilarity = similar[0]?.score ?? 0;
  const strongestError = Math.max(
    0,
    ...hits.filter((hit) => hit.signature.kind === "error").map((hit) => hit.signature.weight),
  );
  return analyzers.map((analyzer) => {
    const started = now();
    let mention = 0;
    try {
      mention = analyzer.mentions(doc);
      const own = hits.filter((hit) => hit.signature.article.area === analyzer.area);
      const ownSimilar = similar.filter((hit) => kb.byId.get(hit.id)?.area === analyzer.area);
      const findings = analyzer.analyze({
        doc,
        facts,
        kb,
        hits: own,
        mention,
        similar: ownSimilar,
        bestSimilarity,
        strongestError,
        trust,
      });
      return { area: analyzer.area, mention, findings, durationMs: now() - started };
    } catch (error) {
      return {
        area: analyzer.area,
        mention,
        findings: [],
        error: (error as Error).message,
        durationMs: now() - started,
      };
    }
  });
}
