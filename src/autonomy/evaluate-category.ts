import type { Transaction } from "kysely";
import type { TRejectReason } from "../domain/console-api.ts";
import type { TReviewOutcome } from "../domain/autonomy.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";
import { asLevel, ensureCategory, rank, type CategoryKey } from "./category.ts";
import { changeEarnedLevel } from "./change-level.ts";
import { basisOf, categoryNumbers, levelAbove, readyToPromote } from "./numbers.ts";
import { loadPolicy } from "./policy.ts";

export interface ReviewedInput {
  key: CategoryKey;
  outcome: TReviewOutcome;
  reason?: TRejectReason;
  draftId: string;
  actor: string;
}

/**
 * Applies the rules after a review, in its transaction: a rejection sends a category that may act
 * alone back to draft-only; otherwise it moves up one level once every promotion rule holds.
 */
export async function evaluateAfterReview(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { key, outcome, reason, draftId, actor }: ReviewedInput,
): Promise<void> {
  const row = await ensureCategory(trx, deps, key);
  const { policy } = await loadPolicy(trx);
  const earned = asLevel(row.level);
  const numbers = await categoryNumbers(trx, deps, key, row, policy);
  if (outcome === "rejected") {
    if (rank(earned) > 0)
      await changeEarnedLevel(trx, deps, {
        row,
        change: "demoted",
        to: "draft-only",
        reason: `a draft was rejected (${reason ?? "no reason"})`,
        actor,
        numbers: { ...basisOf(numbers, policy), draftId },
      });
    return;
  }
  const target = levelAbove(earned);
  if (!target || !readyToPromote(numbers, policy)) return;
  const share = Math.round((numbers.acceptedShare ?? 0) * 100);
  const streak = numbers.lastRejectionAt
    ? `none rejected in the last ${policy.noRejectionInLast}`
    : "none ever rejected";
  await changeEarnedLevel(trx, deps, {
    row,
    change: "promoted",
    to: target,
    reason: `${numbers.reviews} reviews in ${policy.windowDays} days, ${share}% accepted, ${streak}`,
    actor: "deckhand:autonomy",
    numbers: { ...basisOf(numbers, policy), draftId, reviewedBy: actor },
  });
}
