import type { Kysely, Transaction } from "kysely";
import { LEVELS, type TAutonomyPolicy, type TCategoryNumbers, type TLevel } from "../domain/autonomy.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";
import { asLevel, rank, type CategoryKey, type CategoryRow } from "./category.ts";

const DAY_MS = 86_400_000;

/**
 * The reviews behind a category's level, as of the clock: those in the window and since the last
 * level change (each level is earned afresh), and how many came since the last rejection.
 */
export async function categoryNumbers(
  db: Kysely<Database> | Transaction<Database>,
  deps: Pick<Deps, "clock">,
  key: CategoryKey,
  row: CategoryRow | undefined,
  policy: TAutonomyPolicy,
): Promise<TCategoryNumbers> {
  const windowStart = new Date(deps.clock().getTime() - policy.windowDays * DAY_MS).toISOString();
  const since = row?.level_since ?? null;
  // The review (or event) that changed the level belongs to the level before: strictly after it.
  const afterChange = since !== null && since >= windowStart;
  const countingFrom = afterChange ? since : windowStart;
  const inCategory = db
    .selectFrom("draft_reviews")
    .where("cause", "=", key.cause)
    .where("action_kind", "=", key.actionKind);
  const groups = await inCategory
    .select((eb) => ["outcome", "accepted", eb.fn.countAll<string | number>().as("n")])
    .where("reviewed_at", afterChange ? ">" : ">=", countingFrom)
    .groupBy(["outcome", "accepted"])
    .execute();
  const count = (match: (g: (typeof groups)[number]) => boolean) =>
    groups.filter(match).reduce((sum, g) => sum + Number(g.n), 0);
  const reviews = count(() => true);
  const accepted = count((g) => Number(g.accepted) === 1);
  const last = await inCategory
    .select((eb) => eb.fn.max("reviewed_at").as("at"))
    .where("outcome", "=", "rejected")
    .executeTakeFirst();
  const lastRejectionAt = last?.at ?? null;
  const after = await (lastRejectionAt ? inCategory.where("reviewed_at", ">", lastRejectionAt) : inCategory)
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirst();
  return {
    reviews,
    accepted,
    unchanged: count((g) => g.outcome === "unchanged"),
    edited: count((g) => g.outcome === "edited"),
    rejected: count((g) => g.outcome === "rejected"),
    acceptedShare: reviews ? Math.round((accepted / reviews) * 10_000) / 10_000 : null,
    windowDays: policy.windowDays,
    countingFrom,
    lastRejectionAt,
    sinceRejection: Number(after?.n ?? 0),
  };
}

/** Reviews still needed before every promotion rule holds (0: it holds now; Infinity: not within the window). */
export function reviewsToPromote(numbers: TCategoryNumbers, policy: TAutonomyPolicy): number {
  const forCount = Math.max(0, policy.minReviews - numbers.reviews);
  const forStreak = numbers.lastRejectionAt
    ? Math.max(0, policy.noRejectionInLast - numbers.sinceRejection)
    : 0;
  // With m more accepted reviews the share is (accepted + m) / (reviews + m).
  const shortfall = policy.minAcceptedShare * numbers.reviews - numbers.accepted;
  const forShare =
    shortfall <= 1e-9
      ? 0
      : policy.minAcceptedShare >= 1
        ? Infinity
        : Math.ceil(shortfall / (1 - policy.minAcceptedShare) - 1e-9);
  return Math.max(forCount, forStreak, forShare);
}

/** The level above, or null at the top. */
export function levelAbove(level: TLevel): TLevel | null {
  return LEVELS[rank(level) + 1] ?? null;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** What it would take to move the earned level up, in words for the console and as a count. */
export function nextStep(
  earned: string,
  numbers: TCategoryNumbers,
  policy: TAutonomyPolicy,
): { level: TLevel | null; moreReviews: number | null; text: string } {
  const target = levelAbove(asLevel(earned));
  if (!target)
    return {
      level: null,
      moreReviews: null,
      text: "At the top level. A rejection, a reopened ticket, a corrected diagnosis or a bad rating moves it back to draft-only.",
    };
  const more = reviewsToPromote(numbers, policy);
  if (more === Infinity)
    return {
      level: target,
      moreReviews: null,
      text: `Needs ${pct(policy.minAcceptedShare)} accepted (now ${pct(numbers.acceptedShare ?? 0)}); it can move to ${target} once the ${numbers.reviews - numbers.accepted} not accepted reviews are older than ${policy.windowDays} days.`,
    };
  if (more === 0)
    return { level: target, moreReviews: 0, text: `Moves to ${target} at the next accepted review.` };
  const plural = more === 1 ? "review" : "reviews";
  return {
    level: target,
    moreReviews: more,
    text: `${more} more ${plural} approved unchanged or with small edits, none rejected, to move to ${target}.`,
  };
}

/** True when every promotion rule holds. */
export function readyToPromote(numbers: TCategoryNumbers, policy: TAutonomyPolicy): boolean {
  return numbers.reviews > 0 && reviewsToPromote(numbers, policy) === 0;
}

/** The numbers in the short form the audit log and the history keep. */
export function basisOf(numbers: TCategoryNumbers, policy: TAutonomyPolicy): Record<string, unknown> {
  return {
    reviews: numbers.reviews,
    accepted: numbers.accepted,
    acceptedShare: numbers.acceptedShare,
    rejected: numbers.rejected,
    windowDays: numbers.windowDays,
    countingFrom: numbers.countingFrom,
    lastRejectionAt: numbers.lastRejectionAt,
    sinceRejection: numbers.sinceRejection,
    thresholds: {
      minReviews: policy.minReviews,
      minAcceptedShare: policy.minAcceptedShare,
      noRejectionInLast: policy.noRejectionInLast,
    },
  };
}
