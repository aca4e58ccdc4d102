import { ZDigestData, type TDigest } from "../domain/digest.ts";
import { DeckhandError } from "../domain/errors.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** One stored digest by id, or (without an id) the one of the most recent period. */
export async function getDigest(
  deps: Pick<Deps, "db">,
  { principal, id }: { principal: Principal; id?: string },
): Promise<TDigest> {
  requireEngineer(principal);
  let query = deps.db.selectFrom("digests").selectAll();
  query = id
    ? query.where("id", "=", id)
    : query.orderBy("period_end", "desc").orderBy("created_at", "desc").limit(1);
  const row = await query.executeTakeFirst();
  if (!row) throw new DeckhandError("not-found", id ? `no digest ${id}` : "no digest yet");
  return {
    id: row.id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    createdAt: row.created_at,
    markdown: row.markdown,
    data: ZDigestData.parse(JSON.parse(row.data)),
  };
}
