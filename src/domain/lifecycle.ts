import { z } from "zod";
import { DeckhandError } from "./errors.ts";

export const STATUSES = [
  "new",
  "triaged",
  "awaiting_approval",
  "awaiting_customer",
  "in_progress",
  "escalated",
  "resolved",
  "closed",
] as const;
export const ZStatus = z.enum(STATUSES);
export type TStatus = z.infer<typeof ZStatus>;

/** Statuses that still need someone's attention: the queue. */
export const OPEN_STATUSES: readonly TStatus[] = STATUSES.filter((s) => s !== "resolved" && s !== "closed");

/** Every allowed move. A customer reply reopens resolved and closed tickets (to in_progress). */
const TRANSITIONS: Record<TStatus, readonly TStatus[]> = {
  new: ["triaged", "in_progress", "escalated", "resolved", "closed"],
  triaged: ["awaiting_approval", "awaiting_customer", "in_progress", "escalated", "resolved", "closed"],
  awaiting_approval: ["awaiting_customer", "in_progress", "escalated", "resolved", "closed", "triaged"],
  awaiting_customer: ["in_progress", "awaiting_approval", "escalated", "resolved", "closed", "triaged"],
  in_progress: ["awaiting_customer", "awaiting_approval", "escalated", "resolved", "closed", "triaged"],
  escalated: ["in_progress", "awaiting_customer", "awaiting_approval", "resolved", "closed", "triaged"],
  resolved: ["closed", "in_progress"],
  closed: ["in_progress"],
};

/** True when `from` may move to `to`. */
export function canTransition(from: TStatus, to: TStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws a bad-input error that names both states and the allowed ones. */
export function assertTransition(from: TStatus, to: TStatus): void {
  if (from === to || canTransition(from, to)) return;
  throw new DeckhandError(
    "conflict",
    `a ticket that is ${from} cannot become ${to}; from ${from} it can become: ${TRANSITIONS[from].join(", ")}`,
  );
}
