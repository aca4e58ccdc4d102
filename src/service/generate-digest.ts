import type { Transaction } from "kysely";
import { buildDigestMarkdown } from "../digest/build-digest.ts";
import type { TDigest, TDigestData } from "../domain/digest.ts";
import { resolvePeriod, type Period } from "../domain/period.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { gatherDigest } from "./gather-digest.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/** A digest covers a week unless told otherwise. */
export const DIGEST_DAYS = 7;

/** The digest of a period, as data and as Markdown, without storing it (the CLI prints this). */
export async function composeDigest(
  deps: Pick<Deps, "db" | "clock">,
  period: Period,
): Promise<{ data: TDigestData; markdown: string }> {
  const data = await gatherDigest(deps, period);
  return { data, markdown: buildDigestMarkdown(data) };
}

/**
 * Stores a period's digest: `replace` overwrites one already stored (a lead asked for it afresh),
 * otherwise the first one stays. Returns the stored row's id and whether this call wrote it.
 */
export async function storeDigest(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  digest: { period: Period; data: TDigestData; markdown: string; replace: boolean },
): Promise<{ id: string; written: boolean }> {
  const row = {
    id: deps.ids(),
    period_start: digest.period.start,
    period_end: digest.period.end,
    markdown: digest.markdown,
    data: JSON.stringify(digest.data),
    created_at: nowIso(deps),
  };
  const { markdown, data, created_at } = row;
  const written = await trx
    .insertInto("digests")
    .values(row)
    .onConflict((oc) => {
      const period = oc.columns(["period_start", "period_end"]);
      return digest.replace ? period.doUpdateSet({ markdown, data, created_at }) : period.doNothing();
    })
    .returning("id")
    .executeTakeFirst();
  if (written) return { id: written.id, written: true };
  const existing = await trx
    .selectFrom("digests")
    .select("id")
    .where("period_start", "=", row.period_start)
    .where("period_end", "=", row.period_end)
    .executeTakeFirstOrThrow();
  return { id: existing.id, written: false };
}

/** A lead generates the digest of a period now (the last seven days by default) and stores it. */
export async function generateDigest(
  deps: Deps,
  { principal, since, until }: { principal: Principal; since?: string; until?: string },
): Promise<TDigest> {
  requireEngineer(principal, "lead");
  const period = resolvePeriod({ since, until }, deps.clock(), DIGEST_DAYS);
  const { data, markdown } = await composeDigest(deps, period);
  const id = await deps.db.transaction().execute(async (trx) => {
    const stored = await storeDigest(trx, deps, { period, data, markdown, replace: true });
    await audit(trx, deps, {
      actor: actorOf(principal),
      action: "digest.generated",
      entityType: "digest",
      entityId: stored.id,
      details: { periodStart: period.start, periodEnd: period.end },
    });
    return stored.id;
  });
  return {
    id,
    periodStart: period.start,
    periodEnd: period.end,
    createdAt: data.generatedAt,
    markdown,
    data,
  };
}
