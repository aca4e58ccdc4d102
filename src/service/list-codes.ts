import type { z } from "zod";
import type { ZTaxonomyCode } from "../domain/outcome.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** Every root-cause code of the taxonomy, for the console's "correct the cause" picker. */
export function listCodes(
  deps: Pick<Deps, "kb">,
  { principal }: { principal: Principal },
): z.infer<typeof ZTaxonomyCode>[] {
  requireEngineer(principal);
  return deps.kb.taxonomy.codes.map(({ code, area, title }) => ({ code, area, title }));
}
