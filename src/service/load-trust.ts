import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { buildTrust } from "../learning/build-trust.ts";
import { countKey, type TrustCount, type TrustCounts } from "../learning/trust-counts.ts";
import type { Trust } from "../pipeline/analyze/trust.ts";
import type { Deps } from "./deps.ts";

/** Every signature's and article's counts (one small table: a row per thing that ever fired). */
export async function loadTrustCounts(deps: Pick<Deps, "db">): Promise<TrustCounts> {
  const rows = await deps.db
    .selectFrom("trust_counts")
    .select(["kind", "ref", "fired", "confirmed"])
    .where("fired", ">", 0)
    .execute();
  return new Map(
    rows.map((row): [string, TrustCount] => [
      countKey(row.kind, row.ref),
      { fired: Number(row.fired), right: Number(row.confirmed) },
    ]),
  );
}

/** The trust snapshot triage ranks with (over the knowledge base it triages with), from the outcomes so far. */
export async function loadTrust(deps: Pick<Deps, "db">, kb: KnowledgeBase): Promise<Trust> {
  return buildTrust(kb, await loadTrustCounts(deps));
}
