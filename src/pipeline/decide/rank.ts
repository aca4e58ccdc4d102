import type { TDiagnosis } from "../../domain/triage-result.ts";
import type { AnalyzerRun, Finding } from "../analyze/analyzer.ts";

/** Below this a finding is noise, not a diagnosis. */
export const MIN_CONFIDENCE = 0.3;
const MAX_DIAGNOSES = 5;
const GENERIC_FACTOR = 0.5;
const PRODUCT_BONUS = 0.06;
const PRODUCT_AREAS = new Set(["octopus", "tentacle", "codefresh", "argocd"]);

export interface RankedFinding extends Finding {
  confidence: number;
}

/**
 * Ranks findings from every analyzer: generic consequences yield to specific causes, and when a
 * product's own code explains the same line as a lower layer's code, the product's code wins
 * (the taxonomy asks for the most specific code of the tool the customer uses).
 */
export function rankFindings(runs: AnalyzerRun[]): RankedFinding[] {
  const mentioned = new Set(runs.filter((run) => run.mention >= 0.6).map((run) => run.area));
  const findings = runs.flatMap((run) => run.findings);
  // Only a signature can show that a specific cause is present; similar words cannot.
  const specific = findings.some(
    (finding) => !finding.article.generic && finding.signatures.length > 0 && finding.score >= 0.5,
  );
  const lineKey = (finding: Finding) => new Set(finding.evidence.map((e) => `${e.source}:${e.line}`));
  const adjusted = findings.map((finding) => {
    let score = finding.score;
    if (finding.article.generic && specific) score *= GENERIC_FACTOR;
    const area = finding.article.area;
    if (PRODUCT_AREAS.has(area) && mentioned.has(area)) {
      const lines = lineKey(finding);
      const sharesLine = findings.some(
        (other) => other.article.area !== area && [...lineKey(other)].some((line) => lines.has(line)),
      );
      if (sharesLine) score += PRODUCT_BONUS;
    }
    return { ...finding, score };
  });
  // Words in common only fill in where no signature spoke: they never outrank a signature's finding.
  const signed = adjusted.filter((finding) => finding.signatures.length > 0);
  const ceiling = signed.length > 0 ? Math.max(...signed.map((finding) => finding.score)) - 0.01 : Infinity;
  const capped = adjusted.map((finding) =>
    finding.signatures.length === 0 ? { ...finding, score: Math.min(finding.score, ceiling) } : finding,
  );
  const best = new Map<string, Finding>();
  for (const finding of capped) {
    const current = best.get(finding.code);
    if (!current || finding.score > current.score) best.set(finding.code, finding);
  }
  return [...best.values()]
    .map((finding) => ({ ...finding, confidence: toConfidence(finding.score) }))
    .filter((finding) => finding.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_DIAGNOSES);
}

/** Maps a score to [0, 1], keeping a little doubt even for the strongest signature. */
export function toConfidence(score: number): number {
  return Math.round(Math.max(0, Math.min(0.97, score)) * 100) / 100;
}

/** The contract's shape of a ranked finding. */
export function toDiagnosis(finding: RankedFinding): TDiagnosis {
  return {
    code: finding.code,
    confidence: finding.confidence,
    article: finding.article.id,
    evidence: finding.evidence,
  };
}
