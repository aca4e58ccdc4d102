import type { TrustCount } from "./trust-counts.ts";

/**
 * How many outcomes the knowledge base's own claim is worth: the prior is a Beta distribution
 * with this many pseudo-observations centred on the stated weight, so a handful of outcomes
 * nudges a signature and only a run of them moves it far.
 */
export const PRIOR_STRENGTH = 8;
/** Bounds of a multiplier, so that no single noisy signature can dominate or vanish. */
export const MIN_MULTIPLIER = 0.25;
export const MAX_MULTIPLIER = 1.5;
/** A prior mean of 0 or 1 would make the Beta improper and outcomes powerless. */
const MIN_MEAN = 0.05;
const MAX_MEAN = 0.95;

/** A calibrated trust estimate: the posterior probability of being right and its multiplier. */
export interface TrustEstimate extends TrustCount {
  /** The knowledge base's claim: the prior mean. */
  prior: number;
  /** Posterior mean of the chance that the proposed cause is the confirmed one. */
  estimate: number;
  /** estimate / prior, bounded: what the pipeline multiplies the stated weight by. */
  multiplier: number;
}

/**
 * Beta-Bernoulli: with prior Beta(s·m, s·(1-m)) and `right` confirmations in `fired` proposals,
 * the posterior mean is (s·m + right) / (s + fired). Without outcomes it equals the prior mean,
 * so the multiplier is exactly 1 and the ranking is the knowledge base's own.
 */
export function estimateTrust(
  { fired, right }: TrustCount,
  claimed: number,
  strength: number = PRIOR_STRENGTH,
): TrustEstimate {
  const prior = Math.min(MAX_MEAN, Math.max(MIN_MEAN, claimed));
  if (fired <= 0) return { fired: 0, right: 0, prior, estimate: prior, multiplier: 1 };
  const hits = Math.min(Math.max(0, right), fired);
  const estimate = (strength * prior + hits) / (strength + fired);
  const multiplier = Math.min(MAX_MULTIPLIER, Math.max(MIN_MULTIPLIER, estimate / prior));
  return { fired, right: hits, prior, estimate, multiplier };
}
