import { sql } from "kysely";
import type { TDigestData, TTrendCount } from "../domain/digest.ts";
import { previousPeriod, type Period } from "../domain/period.ts";
import { parseArticle } from "../knowledge/parse-article.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { gatherKnowledgeGaps } from "./find-knowledge-gaps.ts";
import { teamFile } from "./validate-team-article.ts";

/** Gap clusters a digest lists: the few articles most worth writing. */
const DIGEST_GAPS = 5;
const MAX_CAUSES = 10;

type Db = Pick<Deps, "db">;

/** Counts per key in this period and the previous one, largest first. */
function toTrend(rows: { key: string | null; bucket: string; n: unknown }[], empty: string): TTrendCount[] {
  const counts = new Map<string, TTrendCount>();
  for (const row of rows) {
    const key = row.key ?? empty;
    const entry = counts.get(key) ?? { key, count: 0, previous: 0 };
    if (row.bucket === "current") entry.count += Number(row.n);
    else entry.previous += Number(row.n);
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || b.previous - a.previous || a.key.localeCompare(b.key),
  );
}

/** Tickets opened in both periods, counted by area, priority and root cause. */
async function ticketTrends(deps: Db, period: Period, previous: Period) {
  const bucket = sql<string>`case when t.created_at >= ${period.start} then 'current' else 'previous' end`;
  // The engineer's confirmed or corrected cause wins; an outcome saying "unexplained" has none.
  const cause = sql<string | null>`case when o.id is not null then o.code else t.top_code end`;
  const base = deps.db
    .selectFrom("tickets as t")
    .leftJoin("ticket_outcomes as o", "o.ticket_id", "t.id")
    .where("t.created_at", ">=", previous.start)
    .where("t.created_at", "<", period.end);
  const count = sql<number>`count(*)`;
  // By position: PostgreSQL would not see a parameterised select expression as the grouped one.
  const byKeyAndBucket = [sql`1`, sql`2`];
  const [areas, priorities, causes] = await Promise.all([
    base
      .select([sql<string | null>`t.area`.as("key"), bucket.as("bucket"), count.as("n")])
      .groupBy(byKeyAndBucket)
      .execute(),
    base
      .select([sql<string | null>`t.priority`.as("key"), bucket.as("bucket"), count.as("n")])
      .groupBy(byKeyAndBucket)
      .execute(),
    base
      .select([cause.as("key"), bucket.as("bucket"), count.as("n")])
      .groupBy(byKeyAndBucket)
      .execute(),
  ]);
  const byArea = toTrend(areas, "untriaged");
  return {
    total: byArea.reduce((sum, r) => sum + r.count, 0),
    previousTotal: byArea.reduce((sum, r) => sum + r.previous, 0),
    byArea,
    byPriority: toTrend(priorities, "none"),
    causes: toTrend(
      causes.filter((r) => r.key !== null),
      "",
    )
      .filter((r) => r.count > 0)
      .slice(0, MAX_CAUSES),
  };
}

/** Team articles written or changed in the period, and article drafts approved in it. */
async function articleChanges(deps: Db, period: Period): Promise<TDigestData["articles"]> {
  const [rows, drafts] = await Promise.all([
    deps.db
      .selectFrom("articles")
      .select(["slug", "markdown", "created_at", "updated_at"])
      .where((eb) =>
        eb.or([
          eb.and([eb("created_at", ">=", period.start), eb("created_at", "<", period.end)]),
          eb.and([eb("updated_at", ">=", period.start), eb("updated_at", "<", period.end)]),
        ]),
      )
      .execute(),
    deps.db
      .selectFrom("article_drafts")
      .select(["slug", "title", "area", "decided_at"])
      .where("status", "=", "approved")
      .where("decided_at", ">=", period.start)
      .where("decided_at", "<", period.end)
      .execute(),
  ]);
  const fromDrafts = new Set(drafts.map((d) => d.slug));
  const changes: TDigestData["articles"] = rows
    // An approved draft is listed as such, not again as the new team article it became.
    .filter((row) => !(fromDrafts.has(row.slug) && row.created_at >= period.start))
    .map((row) => {
      const parsed = parseArticle(teamFile(row.slug), row.markdown);
      const isNew = row.created_at >= period.start && row.created_at < period.end;
      return {
        id: row.slug,
        title: parsed.ok ? parsed.article.title : row.slug,
        area: parsed.ok ? parsed.article.area : null,
        change: isNew ? ("new" as const) : ("updated" as const),
        at: isNew ? row.created_at : row.updated_at,
      };
    });
  for (const draft of drafts)
    changes.push({
      id: draft.slug,
      title: draft.title,
      area: draft.area,
      change: "draft-approved",
      at: draft.decided_at ?? period.start,
    });
  return changes.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Changes of autonomy levels in the period, from the audit log (`autonomy.promoted` ...). */
async function autonomyChanges(deps: Db, period: Period): Promise<TDigestData["autonomy"]> {
  const rows = await deps.db
    .selectFrom("audit_log")
    .select(["at", "action", "details"])
    .where("action", "like", "autonomy.%")
    .where("at", ">=", period.start)
    .where("at", "<", period.end)
    .orderBy("at")
    .limit(200)
    .execute();
  return rows.map((row) => {
    const d = parseDetails(row.details);
    const text = (key: string) => (typeof d[key] === "string" ? d[key] : null);
    const cause = text("cause");
    const kind = text("actionKind");
    const moved = text("from") && text("to") ? `${text("from")} → ${text("to")}` : null;
    return {
      at: row.at,
      action: row.action,
      category: cause && kind ? `${cause} / ${kind}` : (cause ?? kind),
      summary: [moved, text("reason"), policyChanges(d.changes)].filter(Boolean).join(": ") || row.action,
    };
  });
}

/** `autonomy.policy` entries list each setting that changed: `minReviews 20 → 30`. */
function policyChanges(changes: unknown): string | null {
  if (!changes || typeof changes !== "object") return null;
  const parts = Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>).map(
    ([key, change]) => `${key} ${String(change?.from)} → ${String(change?.to)}`,
  );
  return parts.length ? parts.join(", ") : null;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Draft reviews in the period per area (unchanged, edited, rejected) and why drafts were rejected. */
async function draftReviews(deps: Db, period: Period) {
  const rows = await deps.db
    .selectFrom("draft_reviews")
    .select(["area", "outcome", "reason", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("reviewed_at", ">=", period.start)
    .where("reviewed_at", "<", period.end)
    .groupBy(["area", "outcome", "reason"])
    .execute();
  const areas = new Map<string, { area: string; unchanged: number; edited: number; rejected: number }>();
  const reasons = new Map<string, number>();
  for (const row of rows) {
    const area = row.area ?? "untriaged";
    const entry = areas.get(area) ?? { area, unchanged: 0, edited: 0, rejected: 0 };
    entry[row.outcome] += Number(row.n);
    areas.set(area, entry);
    if (row.outcome === "rejected") {
      const reason = row.reason ?? "unspecified";
      reasons.set(reason, (reasons.get(reason) ?? 0) + Number(row.n));
    }
  }
  return {
    drafts: [...areas.values()].sort((a, b) => a.area.localeCompare(b.area)),
    rejectReasons: [...reasons.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([key, count]) => ({ key, count })),
  };
}

/**
 * Everything the digest of a period says, each number next to the previous period of equal
 * length: volume, root causes, articles, knowledge gaps, autonomy changes and draft reviews.
 */
export async function gatherDigest(deps: Pick<Deps, "db" | "clock">, period: Period): Promise<TDigestData> {
  const previous = previousPeriod(period);
  const [trends, articles, gaps, autonomy, reviews] = await Promise.all([
    ticketTrends(deps, period, previous),
    articleChanges(deps, period),
    gatherKnowledgeGaps(deps, { period, orgId: null, limit: DIGEST_GAPS }),
    autonomyChanges(deps, period),
    draftReviews(deps, period),
  ]);
  const { causes, ...volume } = trends;
  return {
    period,
    previous,
    generatedAt: nowIso(deps),
    volume,
    causes,
    articles,
    gaps: { unexplained: gaps.unexplained, clusters: gaps.clusters },
    autonomy,
    ...reviews,
  };
}
