import type { KnowledgeBase } from "../../knowledge/knowledge-base.ts";
import type { Doc } from "../extract/document.ts";
import type { Analyzer, AnalyzerRun } from "./analyzer.ts";
import { matchSignatures } from "./match-signatures.ts";

/**
 * Matches all signatures once, then lets each area's analyzer interpret its own articles' hits.
 * A failing analyzer becomes an error entry; the others still run.
 */
export function runAnalyzers(
  doc: Doc,
  facts: Record<string, string>,
  kb: KnowledgeBase,
  analyzers: readonly Analyzer[],
  now: () => number = () => performance.now(),
): AnalyzerRun[] {
  const hits = matchSignatures(doc, kb.signatures);
  return analyzers.map((analyzer) => {
    const started = now();
    let mention = 0;
    try {
      mention = analyzer.mentions(doc);
      const own = hits.filter((hit) => hit.signature.article.area === analyzer.area);
      const findings = analyzer.analyze({ doc, facts, kb, hits: own, mention });
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
