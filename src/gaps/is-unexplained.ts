import { MIN_CONFIDENCE } from "../pipeline/decide/rank.ts";

/** What is known about how a ticket was explained: Deckhand's top diagnosis and the engineer's verdict. */
export interface Explanation {
  topCode: string | null;
  topConfidence: number | null;
  /** The resolved ticket's outcome, when an engineer recorded one. */
  outcome?: { verdict: "confirmed" | "corrected" | "unexplained"; code: string | null } | null;
}

/**
 * True when nothing explained the ticket: the engineer said no known cause fits, or (without an
 * outcome) Deckhand had no diagnosis or one below the pipeline's own noise floor. An engineer's
 * confirmed or corrected cause outranks a weak triage: the knowledge exists, only matching missed.
 */
export function isUnexplained({ topCode, topConfidence, outcome }: Explanation): boolean {
  if (outcome) return outcome.verdict === "unexplained" || outcome.code === null;
  return topCode === null || (topConfidence ?? 0) < MIN_CONFIDENCE;
}
