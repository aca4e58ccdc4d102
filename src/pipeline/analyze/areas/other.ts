import type { Finding } from "../analyzer.ts";
import { signatureAnalyzer } from "../signature-analyzer.ts";

const QUESTION_CODES = new Set(["other.question.how-to", "other.request.feature"]);

/** Questions, requests and account matters that are not a technical fault. */
export const otherAnalyzer = signatureAnalyzer({
  area: "other",
  mentions: [
    [/\binvoices?\b|\bbilling\b|\bseats?\b|\brenewal\b|\bsubscription\b/i, 0.5],
    [/\bCVE-\d{4}-\d{4,}\b|\bvulnerabilit(?:y|ies)\b/i, 0.5],
  ],
  refine: (findings, context) => {
    // A question asked about a failure is still a failure: how-to loses to any specific cause
    // when the customer pasted several error lines.
    const errorLines = context.doc.lines.filter((line) => /\b(?:error|failed|fatal)\b/i.test(line.text));
    if (errorLines.length < 2) return findings;
    return findings.map((finding): Finding =>
      QUESTION_CODES.has(finding.code) ? { ...finding, score: finding.score * 0.7 } : finding,
    );
  },
});
