import { DEFAULT_POLICY, loadPolicy, POLICY_KEYS } from "../autonomy/policy.ts";
import type { TAutonomyPolicyIn, TAutonomyPolicyView } from "../domain/autonomy.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/**
 * A lead changes autonomy settings (null: back to the default). Levels already earned stay until the
 * next review or demotion applies the new numbers.
 */
export async function updateAutonomyPolicy(
  deps: Deps,
  { principal, input }: { principal: Principal; input: TAutonomyPolicyIn },
): Promise<TAutonomyPolicyView> {
  requireEngineer(principal, "lead");
  const actor = actorOf(principal);
  await deps.db.transaction().execute(async (trx) => {
    const { policy: before } = await loadPolicy(trx);
    const now = nowIso(deps);
    const changes: Record<string, { from: number; to: number }> = {};
    for (const key of POLICY_KEYS) {
      const value = input[key];
      if (value === undefined) continue;
      if (value === null) await trx.deleteFrom("autonomy_policy").where("key", "=", key).execute();
      else
        await trx
          .insertInto("autonomy_policy")
          .values({ key, value: String(value), updated_by: actor, updated_at: now })
          .onConflict((oc) =>
            oc.column("key").doUpdateSet({ value: String(value), updated_by: actor, updated_at: now }),
          )
          .execute();
      changes[key] = { from: before[key], to: value ?? DEFAULT_POLICY[key] };
    }
    await audit(trx, deps, {
      actor,
      action: "autonomy.policy",
      entityType: "autonomy-policy",
      entityId: "policy",
      details: { changes },
    });
  });
  const { policy, overridden } = await loadPolicy(deps.db);
  return { policy, defaults: DEFAULT_POLICY, overridden };
}
