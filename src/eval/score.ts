import type { TTriageResult } from "../domain/triage-result.ts";
import type { TEvalCase } from "./cases.ts";

export interface CaseOutcome {
  case: TEvalCase;
  result: TTriageResult;
}

export interface Miss {
  id: string;
  what: string;
  expected: string;
  got: string;
}

export interface EvalReport {
  cases: number;
  top1: number;
  top3: number;
  area: number;
  priorityExact: number;
  priorityWithinOne: number;
  escalation: { precision: number; recall: number; f1: number };
  questionRecall: number;
  overAsking: number;
  evidenceShown: number;
  ticketsPerSecond: number;
  misses: Miss[];
}

const share = (count: number, total: number) => (total === 0 ? 1 : count / total);

/** Scores triage results against labelled cases, as shared/eval/README.md defines each metric. */
export function scoreOutcomes(outcomes: CaseOutcome[], seconds: number): EvalReport {
  const misses: Miss[] = [];
  let top1 = 0;
  let top3 = 0;
  let area = 0;
  let exact = 0;
  let withinOne = 0;
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let evidence = 0;
  let diagnosed = 0;
  const recalls: number[] = [];
  let quietCases = 0;
  let overAsked = 0;
  for (const { case: c, result } of outcomes) {
    const codes = result.diagnoses.map((d) => d.code);
    const got = codes.slice(0, 3).join(", ") || "(none)";
    if (codes[0] && c.codes.includes(codes[0])) top1++;
    else misses.push({ id: c.id, what: "top-1", expected: c.codes.join(" | "), got });
    if (codes.slice(0, 3).some((code) => c.codes.includes(code))) top3++;
    if (result.area === c.area || c.alt_areas.includes(result.area)) area++;
    else misses.push({ id: c.id, what: "area", expected: c.area, got: result.area });
    const distance = Math.abs(Number(result.priority[1]) - Number(c.priority[1]));
    if (distance === 0) exact++;
    else misses.push({ id: c.id, what: "priority", expected: c.priority, got: result.priority });
    if (distance <= 1) withinOne++;
    const escalated = result.escalation.recommended;
    if (escalated && c.product_bug) truePositive++;
    if (escalated && !c.product_bug) falsePositive++;
    if (!escalated && c.product_bug) falseNegative++;
    if (escalated !== c.product_bug)
      misses.push({ id: c.id, what: "escalation", expected: String(c.product_bug), got: String(escalated) });
    if (result.diagnoses.length > 0) {
      diagnosed++;
      if (result.diagnoses.every((d) => d.evidence.length > 0)) evidence++;
    }
    const asked = new Set(result.questions.map((q) => q.fact));
    if (c.missing_fact_codes.length > 0) {
      const found = c.missing_fact_codes.filter((fact) => asked.has(fact));
      recalls.push(found.length / c.missing_fact_codes.length);
      const missed = c.missing_fact_codes.filter((fact) => !asked.has(fact));
      if (missed.length > 0)
        misses.push({
          id: c.id,
          what: "questions",
          expected: missed.join(", "),
          got: [...asked].join(", ") || "(none)",
        });
    } else {
      quietCases++;
      if (asked.size > 2) {
        overAsked++;
        misses.push({
          id: c.id,
          what: "over-asking",
          expected: "<= 2 questions",
          got: [...asked].join(", "),
        });
      }
    }
  }
  const precision = share(truePositive, truePositive + falsePositive);
  const recall = share(truePositive, truePositive + falseNegative);
  return {
    cases: outcomes.length,
    top1: share(top1, outcomes.length),
    top3: share(top3, outcomes.length),
    area: share(area, outcomes.length),
    priorityExact: share(exact, outcomes.length),
    priorityWithinOne: share(withinOne, outcomes.length),
    escalation: {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    },
    questionRecall: recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : 1,
    overAsking: share(overAsked, quietCases),
    evidenceShown: share(evidence, diagnosed),
    ticketsPerSecond: seconds > 0 ? outcomes.length / seconds : outcomes.length,
    misses,
  };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The one-line summary quoted in closing notes. */
export function summaryLine(report: EvalReport): string {
  const e = report.escalation;
  return [
    `eval: ${report.cases} cases`,
    `top1 ${pct(report.top1)}`,
    `top3 ${pct(report.top3)}`,
    `area ${pct(report.area)}`,
    `priority ${pct(report.priorityExact)} (within one ${pct(report.priorityWithinOne)})`,
    `escalation P ${e.precision.toFixed(2)} R ${e.recall.toFixed(2)} F1 ${e.f1.toFixed(2)}`,
    `question-recall ${pct(report.questionRecall)}`,
    `over-asking ${pct(report.overAsking)}`,
    `evidence ${pct(report.evidenceShown)}`,
    `${Math.round(report.ticketsPerSecond)} tickets/s`,
  ].join("  ");
}
