/**
 * How far outcomes say each signature and article can be trusted, as multipliers of what the
 * knowledge base claims (1 = as written). The pipeline only reads it; src/learning builds it from
 * resolved tickets, so triage stays pure and a run without one gives exactly the knowledge base's
 * own ranking.
 */
export interface Trust {
  /** Multiplier of a signature's weight, by the article that holds it and its id there. */
  signature(articleId: string, signatureId: string): number;
  /** Multiplier of an article's findings that rest on similar words rather than a signature. */
  article(articleId: string): number;
}

/** Trust as the knowledge base states it: every multiplier 1. */
export const NEUTRAL_TRUST: Trust = { signature: () => 1, article: () => 1 };
