import type { TDigestSummary } from "../domain/digest.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** Stored digests, the most recent period first (summaries: periods and when each was made). */
export async function listDigests(
  deps: Pick<Deps, "db">,
  { principal, limit = 52 }: { principal: Principal; limit?: number },
): Promise<TDigestSummary[]> {
  // A digest counts every organisation's tickets: engineers only.
  requireEngineer(principal);
  const rows = await deps.db
    .selectFrom("digests")
    .select(["id", "period_start", "period_end", "created_at"])
    .orderBy("period_end", "desc")
    .orderBy("period_start", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    createdAt: row.created_at,
  }));
}
