import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { triage } from "../pipeline/triage.ts";
import type { TEvalCase } from "./cases.ts";
import { replayTrust, type ReplayReport } from "./replay-trust.ts";
import { scoreOutcomes, type EvalReport } from "./score.ts";

/** How many folds the replay of outcomes uses (fewer when there are fewer cases). */
export const REPLAY_FOLDS = 5;

/** The evaluation's report with the learning replay beside it. */
export interface EvalRun extends EvalReport {
  replay: ReplayReport;
}

/**
 * Triages every case's ticket and scores the results, then replays the cases as resolved tickets
 * to measure what learning from outcomes changes (timed apart, so tickets/s is the pipeline's).
 */
export function runEval(
  cases: TEvalCase[],
  kb: KnowledgeBase,
  now: () => number = () => performance.now(),
): EvalRun {
  const started = now();
  const outcomes = cases.map((c) => ({ case: c, result: triage({ body: c.ticket }, { kb }).result }));
  const report = scoreOutcomes(outcomes, (now() - started) / 1000);
  return { ...report, replay: replayTrust(cases, kb, Math.max(1, Math.min(REPLAY_FOLDS, cases.length))) };
}
