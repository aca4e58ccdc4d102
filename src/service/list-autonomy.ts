import { describeCategory } from "../autonomy/describe-category.ts";
import { loadPolicy } from "../autonomy/policy.ts";
import type { TAutonomyList } from "../domain/autonomy.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** Every category autonomy is earned in, with its level, numbers, next step and history; for engineers. */
export async function listAutonomy(
  deps: Deps,
  { principal }: { principal: Principal },
): Promise<TAutonomyList> {
  requireEngineer(principal);
  const { policy } = await loadPolicy(deps.db);
  const rows = await deps.db
    .selectFrom("autonomy_categories")
    .selectAll()
    .orderBy("cause")
    .orderBy("action_kind")
    .execute();
  const items = [];
  for (const row of rows) items.push(await describeCategory(deps.db, deps, row, policy));
  return { policy, items };
}
