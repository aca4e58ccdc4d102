import type { TEvidence } from "../../domain/triage-result.ts";
import type { AnalyzerContext, Finding } from "./analyzer.ts";
import type { SignatureHit } from "./match-signatures.ts";

const SYMPTOM_FACTOR = 0.85;
const EXTRA_SIGNATURE_BONUS = 0.05;
const MENTION_BONUS = 0.05;
const MAX_EVIDENCE = 3;
const MAX_EVIDENCE_TEXT = 500;

/** Groups hits by (article, code) and scores each group: best weight plus corroboration. */
export function findingsFromHits(context: AnalyzerContext): Finding[] {
  const groups = new Map<string, SignatureHit[]>();
  for (const hit of context.hits) {
    const key = `${hit.signature.article.id}\u0000${hit.signature.target}`;
    groups.set(key, [...(groups.get(key) ?? []), hit]);
  }
  return [...groups.values()].map((hits) => toFinding(hits, context));
}

function toFinding(hits: SignatureHit[], context: AnalyzerContext): Finding {
  const first = hits[0] as SignatureHit;
  // Outcomes scale each signature's stated weight, so a signature that keeps naming the wrong
  // cause yields to one that has been right, and which of a finding's hits counts most follows.
  const weightOf = (hit: SignatureHit) =>
    hit.signature.weight *
    (hit.signature.kind === "symptom" ? SYMPTOM_FACTOR : 1) *
    context.trust.signature(hit.signature.article.id, hit.signature.id);
  const ordered = [...hits].sort((a, b) => weightOf(b) - weightOf(a) || a.index - b.index);
  const distinct = new Set(hits.map((hit) => hit.signature.id));
  const earliest = Math.min(...hits.map((hit) => hit.index));
  const score =
    weightOf(ordered[0] as SignatureHit) +
    EXTRA_SIGNATURE_BONUS * Math.min(2, distinct.size - 1) +
    (context.mention > 0 ? MENTION_BONUS : 0) -
    earliest * 1e-4;
  const captures: Record<string, string> = {};
  for (const hit of ordered)
    for (const [name, value] of Object.entries(hit.captures)) captures[name] ??= value;
  return {
    code: first.signature.target,
    article: first.signature.article,
    score,
    evidence: evidenceOf(hits),
    captures,
    signatures: [...distinct],
  };
}

/** The distinct lines behind a finding, in document order. */
function evidenceOf(hits: SignatureHit[]): TEvidence[] {
  const seen = new Set<number>();
  return [...hits]
    .sort((a, b) => a.index - b.index)
    .filter((hit) => !seen.has(hit.index) && seen.add(hit.index))
    .slice(0, MAX_EVIDENCE)
    .map((hit) => ({
      source: hit.line.source,
      line: hit.line.line,
      text: hit.line.text.trim().slice(0, MAX_EVIDENCE_TEXT),
    }));
}
