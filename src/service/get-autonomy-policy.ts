import { DEFAULT_POLICY, loadPolicy } from "../autonomy/policy.ts";
import type { TAutonomyPolicyView } from "../domain/autonomy.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** The autonomy policy in force, its defaults and which settings differ from them. */
export async function getAutonomyPolicy(
  deps: Deps,
  { principal }: { principal: Principal },
): Promise<TAutonomyPolicyView> {
  requireEngineer(principal);
  const { policy, overridden } = await loadPolicy(deps.db);
  return { policy, defaults: DEFAULT_POLICY, overridden };
}
