import type { TEvidence } from "../../../domain/triage-result.ts";
import type { DocLine } from "../../extract/document.ts";
import { asksHowTo, EXPOSURE_PATTERN, HOW_TO_PATTERN, secretExposed } from "../../extract/signals.ts";
import type { AnalyzerContext, Finding } from "../analyzer.ts";
import { signatureAnalyzer } from "../signature-analyzer.ts";

const HOW_TO = "other.question.how-to";
const SECURITY = "other.security.vulnerability";
/** A how-to question outranks text similarity but not a strong error signature. */
const HOW_TO_SCORE = 0.72;
const STRONG_SIGNATURE = 0.9;
/** Asked alongside a reported failure ("the build can't find it. How do I ...?") it is a request for a fix. */
const HOW_TO_WITH_FAILURE_SCORE = 0.45;
const FAILURE_REPORTED =
  /\b(?:can't|cannot|doesn't|does not|won't|didn't|fails?|failed|failing|broke|broken|obviously wrong|went out)\b/i;
const EXPOSURE_SCORE = 0.9;

function evidence(line: DocLine | undefined): TEvidence[] {
  return line ? [{ source: line.source, line: line.line, text: line.text.trim().slice(0, 500) }] : [];
}

interface Rule {
  code: string;
  score: number;
  /** Shown as the "signature" that produced the finding. */
  name: string;
  /** False when the rule is only a hint: it then competes with text similarity instead of capping it. */
  signed?: boolean;
}

/** Raises the rule's code to its score (at least), creating the finding from the article if needed. */
function promote(findings: Finding[], context: AnalyzerContext, rule: Rule, line?: DocLine): Finding[] {
  const { code, score, name, signed = true } = rule;
  const names = signed ? [name] : [];
  const existing = findings.find((finding) => finding.code === code);
  if (existing)
    return findings.map((f) =>
      f === existing ? { ...f, score: Math.max(f.score, score), signatures: [...f.signatures, ...names] } : f,
    );
  const article = context.kb.articles.find((candidate) => candidate.codes[0] === code);
  const lines = evidence(line);
  if (!article || lines.length === 0) return findings;
  return [...findings, { code, article, score, evidence: lines, captures: {}, signatures: names }];
}

/** Questions, requests and account matters that are not a technical fault. */
export const otherAnalyzer = signatureAnalyzer({
  area: "other",
  mentions: [
    [/\binvoices?\b|\bbilling\b|\bseats?\b|\brenewal\b|\bsubscription\b/i, 0.5],
    [/\bCVE-\d{4}-\d{4,}\b|\bvulnerabilit(?:y|ies)\b/i, 0.5],
  ],
  refine: (findings, context) => {
    let refined = findings;
    // A secret shown where it should not be is a security matter first, whatever else broke.
    if (secretExposed(context.doc.text)) {
      const line = context.doc.lines.find((l) => EXPOSURE_PATTERN.test(l.text));
      refined = promote(
        refined,
        context,
        { code: SECURITY, score: EXPOSURE_SCORE, name: "secret-exposed" },
        line,
      );
    }
    // When the customer's ask is how to use something and no error text pins a fault, it is a how-to.
    if (asksHowTo(context.doc.text) && context.strongestError < STRONG_SIGNATURE) {
      const line = context.doc.lines.find((l) => HOW_TO_PATTERN.test(`\n${l.text}`));
      refined = promote(
        refined,
        context,
        FAILURE_REPORTED.test(context.doc.text)
          ? { code: HOW_TO, score: HOW_TO_WITH_FAILURE_SCORE, name: "how-to-question", signed: false }
          : { code: HOW_TO, score: HOW_TO_SCORE, name: "how-to-question" },
        line,
      );
    }
    return refined;
  },
});
