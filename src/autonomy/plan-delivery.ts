import type { Transaction } from "kysely";
import type { TActionKind } from "../domain/draft.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";
import { asLevel, causeOf, effectiveLevel, findCategory } from "./category.ts";
import { basisOf, categoryNumbers } from "./numbers.ts";
import { loadPolicy } from "./policy.ts";

/** What a new draft rests on: the category autonomy is earned in, and the rules no level overrides. */
export interface DraftCategory {
  ticketId: string;
  actionKind: TActionKind;
  area: string | null;
  code: string | null;
  confidence: number | null;
  priority: string | null;
  /** An escalation is open or recommended for the ticket. */
  escalated: boolean;
}

/** How a new draft goes out: a person reviews it, it is sent after a hold unless someone steps in, or at once. */
export type Delivery =
  | { mode: "review"; reason: string }
  | { mode: "hold"; sendAt: Date; reason: string; basis?: Record<string, unknown> }
  | { mode: "send"; reason: string; basis?: Record<string, unknown> };

/** The rules no level overrides: a person sees these drafts, whatever the category earned. */
export function alwaysReviewed(category: DraftCategory, confidenceFloor: number): string | null {
  if (category.priority === "P1") return "P1 tickets are always reviewed by a person";
  if (category.escalated || category.actionKind === "escalation-notice")
    return "escalations are always reviewed by a person";
  // A draft that rests on no diagnosis only asks for facts; one that rests on a weak one is reviewed.
  if (
    category.confidence === null ? category.actionKind !== "ask-info" : category.confidence < confidenceFloor
  )
    return `the diagnosis is below the confidence floor (${category.confidence ?? "none"} < ${confidenceFloor})`;
  return null;
}

/**
 * Decides how a draft is delivered: P1 tickets, escalations and weak diagnoses always wait for a
 * person; otherwise the level its category earned (or a lead pinned) decides.
 */
export async function planDelivery(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock">,
  category: DraftCategory,
): Promise<Delivery> {
  const { policy } = await loadPolicy(trx);
  const rule = alwaysReviewed(category, policy.confidenceFloor);
  if (rule) return { mode: "review", reason: rule };
  const key = { cause: causeOf(category.code, category.area), actionKind: category.actionKind };
  const row = await findCategory(trx, key);
  const level = effectiveLevel(row);
  const named = `${key.cause} × ${key.actionKind}`;
  if (level === "draft-only") return { mode: "review", reason: `${named} is at draft-only` };
  const numbers = await categoryNumbers(trx, deps, key, row, policy);
  const basis = {
    cause: key.cause,
    level,
    earnedLevel: asLevel(row?.level),
    override: row?.override ? { kind: row.override, level: row.override_level, by: row.override_by } : null,
    ...basisOf(numbers, policy),
  };
  const why =
    row?.override === "pin" ? `pinned to ${level} by ${row.override_by ?? "a lead"}` : `earned ${level}`;
  if (level === "send") return { mode: "send", reason: `${named} ${why}`, basis };
  const sendAt = new Date(deps.clock().getTime() + policy.holdMinutes * 60_000);
  return {
    mode: "hold",
    sendAt,
    reason: `${named} ${why}: sent after ${policy.holdMinutes} minutes unless a person acts`,
    basis,
  };
}
