import type { TTicket } from "../domain/ticket.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { observeOutcome, type Contribution } from "./contributions.ts";
import { applyChanges, countChanges, type TrustCounts } from "./trust-counts.ts";

/** A resolved ticket as learning sees it: what the customer wrote and the confirmed code. */
export interface LearnedOutcome {
  ticket: TTicket;
  /** The confirmed or corrected code; null when no code explains the ticket. */
  code: string | null;
}

/**
 * What an engineer records for a ticket whose right causes are known: Deckhand's top code when it
 * is one of them (one click: confirmed), otherwise the first of them (corrected).
 */
export function recordedCode(predicted: string | undefined, codes: readonly string[]): string | null {
  return predicted !== undefined && codes.includes(predicted) ? predicted : (codes[0] ?? null);
}

/** Adds observations to counts, as the service does one resolved ticket at a time. */
export function addObservations(counts: TrustCounts, observations: readonly Contribution[]): TrustCounts {
  return applyChanges(counts, countChanges([], observations));
}

/** Counts learned from a list of outcomes, from nothing. */
export function learnTrust(kb: KnowledgeBase, outcomes: readonly LearnedOutcome[]): TrustCounts {
  return outcomes.reduce<TrustCounts>(
    (counts, outcome) => addObservations(counts, observeOutcome(kb, outcome.ticket, outcome.code)),
    new Map(),
  );
}
