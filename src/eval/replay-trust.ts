import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { buildTrust } from "../learning/build-trust.ts";
import { observeOutcome, type Contribution } from "../learning/contributions.ts";
import { addObservations, recordedCode } from "../learning/learn-trust.ts";
import type { TrustCounts } from "../learning/trust-counts.ts";
import { triage } from "../pipeline/triage.ts";
import type { TEvalCase } from "./cases.ts";
import { scoreOutcomes, type CaseOutcome } from "./score.ts";

export interface ReplayScore {
  top1: number;
  top3: number;
  /** Brier score of the top diagnosis's confidence against whether it was right (lower is better). */
  brierTop: number;
  /** Brier score over every diagnosis shown: is each confidence the chance that code is the cause? */
  brierAll: number;
  /** Diagnoses shown whose code is not one of the case's causes. */
  wrongShown: number;
}

/** Accuracy without and with learned trust on the same cases, each scored on held-out folds. */
export interface ReplayReport {
  folds: number;
  cases: number;
  before: ReplayScore;
  after: ReplayScore;
  /** Cases whose top-1 verdict changed: fixed (wrong before, right after) and broken. */
  fixed: string[];
  broken: string[];
}

/**
 * Replays resolved tickets with k-fold cross-validation: for each fold, trust is learned from the
 * other folds' outcomes (each case's labelled code, as an engineer would confirm or correct it)
 * through the service's own learning functions, then the held-out fold is triaged with it.
 * Folds are case positions modulo k, so the split is fixed and reproducible.
 */
export function replayTrust(cases: TEvalCase[], kb: KnowledgeBase, folds = 5): ReplayReport {
  const baseline = cases.map((c) => triage({ body: c.ticket }, { kb }).result);
  const observations: Contribution[][] = cases.map((c, index) =>
    observeOutcome(kb, { body: c.ticket }, recordedCode(baseline[index]?.diagnoses[0]?.code, c.codes)),
  );
  const after: CaseOutcome[] = [];
  for (let fold = 0; fold < folds; fold++) {
    let counts: TrustCounts = new Map();
    cases.forEach((_, index) => {
      if (index % folds !== fold) counts = addObservations(counts, observations[index] ?? []);
    });
    const trust = buildTrust(kb, counts);
    cases.forEach((c, index) => {
      if (index % folds === fold)
        after.push({ case: c, result: triage({ body: c.ticket }, { kb, trust }).result });
    });
  }
  const before = cases.map((c, index) => ({ case: c, result: baseline[index] as CaseOutcome["result"] }));
  const missedBefore = topOneMisses(before);
  const missedAfter = topOneMisses(after);
  return {
    folds,
    cases: cases.length,
    before: replayScore(before),
    after: replayScore(after),
    fixed: [...missedBefore].filter((id) => !missedAfter.has(id)).sort(),
    broken: [...missedAfter].filter((id) => !missedBefore.has(id)).sort(),
  };
}

function replayScore(outcomes: CaseOutcome[]): ReplayScore {
  const report = scoreOutcomes(outcomes, 0);
  const top: number[] = [];
  const all: number[] = [];
  let wrongShown = 0;
  for (const { case: c, result } of outcomes) {
    const first = result.diagnoses[0];
    top.push(((first?.confidence ?? 0) - (first && c.codes.includes(first.code) ? 1 : 0)) ** 2);
    for (const diagnosis of result.diagnoses) {
      const right = c.codes.includes(diagnosis.code) ? 1 : 0;
      if (!right) wrongShown++;
      all.push((diagnosis.confidence - right) ** 2);
    }
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return { top1: report.top1, top3: report.top3, brierTop: mean(top), brierAll: mean(all), wrongShown };
}

const topOneMisses = (outcomes: CaseOutcome[]) =>
  new Set(
    scoreOutcomes(outcomes, 0)
      .misses.filter((miss) => miss.what === "top-1")
      .map((miss) => miss.id),
  );

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The one-line summary of a replay. */
export function replayLine(report: ReplayReport): string {
  return (
    `replay: top1 ${pct(report.before.top1)} -> ${pct(report.after.top1)}  ` +
    `top3 ${pct(report.before.top3)} -> ${pct(report.after.top3)}  ` +
    `brier top1 ${report.before.brierTop.toFixed(3)} -> ${report.after.brierTop.toFixed(3)}  ` +
    `all ${report.before.brierAll.toFixed(3)} -> ${report.after.brierAll.toFixed(3)}  ` +
    `wrong shown ${report.before.wrongShown} -> ${report.after.wrongShown}  ` +
    `(${report.folds}-fold, outcomes from other folds; fixed ${report.fixed.length}, broken ${report.broken.length})`
  );
}
