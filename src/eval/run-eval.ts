import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { triage } from "../pipeline/triage.ts";
import type { TEvalCase } from "./cases.ts";
import { scoreOutcomes, type EvalReport } from "./score.ts";

/** Triages every case's ticket and scores the results. */
export function runEval(
  cases: TEvalCase[],
  kb: KnowledgeBase,
  now: () => number = () => performance.now(),
): EvalReport {
  const started = now();
  const outcomes = cases.map((c) => ({ case: c, result: triage({ body: c.ticket }, { kb }).result }));
  return scoreOutcomes(outcomes, (now() - started) / 1000);
}
