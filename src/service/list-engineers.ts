import type { TEngineer } from "../domain/console-api.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** Every support engineer, by name, for assignment. */
export async function listEngineers(
  deps: Pick<Deps, "db">,
  { principal }: { principal: Principal },
): Promise<TEngineer[]> {
  requireEngineer(principal);
  const rows = await deps.db
    .selectFrom("engineers")
    .select(["id", "email", "name", "role"])
    .orderBy("name")
    .execute();
  return rows.map((row) => ({ id: row.id, email: row.email, name: row.name, role: row.role }));
}
