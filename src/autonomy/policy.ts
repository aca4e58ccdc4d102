import type { Kysely, Transaction } from "kysely";
import { ZAutonomyPolicy, type TAutonomyPolicy } from "../domain/autonomy.ts";
import type { Database } from "../store/schema.ts";

/**
 * The conservative defaults, in one place: a category earns a level with 20 reviews in 30 days, at
 * least 90% approved unchanged or with a small edit (at most 10% of the draft changed) and no
 * rejection in the last 5; a held draft waits 30 minutes; below 0.6 confidence a person reviews.
 * A lead overrides any of them through the API (rows of `autonomy_policy`).
 */
export const DEFAULT_POLICY: TAutonomyPolicy = {
  minReviews: 20,
  windowDays: 30,
  minAcceptedShare: 0.9,
  noRejectionInLast: 5,
  holdMinutes: 30,
  confidenceFloor: 0.6,
  smallEditRatio: 0.1,
};

export const POLICY_KEYS = Object.keys(DEFAULT_POLICY) as (keyof TAutonomyPolicy)[];

/** The policy in force: the defaults with the stored overrides; a stored value that no longer validates is ignored. */
export async function loadPolicy(
  db: Kysely<Database> | Transaction<Database>,
): Promise<{ policy: TAutonomyPolicy; overridden: (keyof TAutonomyPolicy)[] }> {
  const rows = await db.selectFrom("autonomy_policy").select(["key", "value"]).execute();
  const policy = { ...DEFAULT_POLICY };
  const overridden: (keyof TAutonomyPolicy)[] = [];
  for (const row of rows) {
    const key = row.key as keyof TAutonomyPolicy;
    if (!POLICY_KEYS.includes(key)) continue;
    const parsed = ZAutonomyPolicy.shape[key].safeParse(Number(row.value));
    if (!parsed.success) continue;
    policy[key] = parsed.data;
    overridden.push(key);
  }
  return { policy, overridden };
}
