import type { TKnowledgeGaps } from "../domain/gaps.ts";
import { resolvePeriod, type Period } from "../domain/period.ts";
import { clusterGaps, type GapTicket } from "../gaps/cluster-gaps.ts";
import { errorLineOf } from "../gaps/error-line-of.ts";
import { isUnexplained } from "../gaps/is-unexplained.ts";
import { MIN_CONFIDENCE } from "../pipeline/decide/rank.ts";
import type { Deps } from "./deps.ts";
import { orgScope, type Principal } from "./principal.ts";

/** The most recent unexplained tickets read per request: enough for trends, bounded in memory. */
const MAX_SCANNED = 5000;
const DEFAULT_DAYS = 30;

export interface FindKnowledgeGapsInput {
  principal: Principal;
  since?: string;
  until?: string;
  limit?: number;
}

/**
 * Knowledge gaps in a period (30 days by default): unexplained tickets clustered by their
 * normalised error line, largest first. An organisation's token sees only its own tickets.
 */
export async function findKnowledgeGaps(
  deps: Pick<Deps, "db" | "clock">,
  { principal, since, until, limit }: FindKnowledgeGapsInput,
): Promise<TKnowledgeGaps> {
  const period = resolvePeriod({ since, until }, deps.clock(), DEFAULT_DAYS);
  return gatherKnowledgeGaps(deps, { period, orgId: orgScope(principal), limit });
}

/** The gaps of a period for one organisation or (orgId null) all of them; no visibility check. */
export async function gatherKnowledgeGaps(
  deps: Pick<Deps, "db">,
  { period, orgId, limit = 20 }: { period: Period; orgId: string | null; limit?: number },
): Promise<TKnowledgeGaps> {
  let query = deps.db
    .selectFrom("tickets as t")
    .leftJoin("ticket_outcomes as o", "o.ticket_id", "t.id")
    .leftJoin("triage_results as r", (join) =>
      join.onRef("r.ticket_id", "=", "t.id").onRef("r.version", "=", "t.triage_version"),
    )
    .select([
      "t.id",
      "t.subject",
      "t.area",
      "t.created_at",
      "t.top_code",
      "t.top_confidence",
      "o.verdict",
      "o.code",
      "o.area as outcome_area",
      "o.key_error_line",
      "r.result",
    ])
    .where("t.created_at", ">=", period.start)
    .where("t.created_at", "<", period.end)
    // The same rule as isUnexplained, in SQL, so explained tickets' results are never loaded.
    .where((eb) =>
      eb.or([
        eb.and([
          eb("o.id", "is", null),
          eb("t.triage_version", ">", 0),
          eb.or([eb("t.top_code", "is", null), eb("t.top_confidence", "<", MIN_CONFIDENCE)]),
        ]),
        eb.and([
          eb("o.id", "is not", null),
          eb.or([eb("o.verdict", "=", "unexplained"), eb("o.code", "is", null)]),
        ]),
      ]),
    )
    .orderBy("t.created_at", "desc")
    .limit(MAX_SCANNED);
  if (orgId) query = query.where("t.org_id", "=", orgId);
  const rows = await query.execute();
  const tickets: GapTicket[] = [];
  let unexplained = 0;
  for (const row of rows) {
    const outcome = row.verdict ? { verdict: row.verdict, code: row.code } : null;
    const confidence = row.top_confidence === null ? null : Number(row.top_confidence);
    if (!isUnexplained({ topCode: row.top_code, topConfidence: confidence, outcome })) continue;
    unexplained++;
    const errorLine = errorLineOf(row.result, row.key_error_line);
    if (errorLine)
      tickets.push({
        id: row.id,
        subject: row.subject,
        area: row.outcome_area ?? row.area,
        errorLine,
        createdAt: row.created_at,
      });
  }
  return {
    since: period.start,
    until: period.end,
    unexplained,
    withoutErrorLine: unexplained - tickets.length,
    clusters: clusterGaps(tickets, { limit }),
  };
}
