import type { TOverview } from "../domain/console-api.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

const DAY_MS = 86_400_000;
const BUCKETS: [string, number][] = [
  ["< 15 min", 15],
  ["15-60 min", 60],
  ["1-4 h", 240],
  ["4-24 h", 1440],
  ["> 24 h", Infinity],
];

/** The team's numbers over the last `days` days: volume, first response, draft decisions, corrections. */
export async function getOverview(
  deps: Pick<Deps, "db" | "clock">,
  { principal, days = 14 }: { principal: Principal; days?: number },
): Promise<TOverview> {
  requireEngineer(principal);
  const end = deps.clock().getTime();
  const dayList = Array.from({ length: days }, (_, i) =>
    new Date(end - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
  const since = `${dayList[0]}T00:00:00.000Z`;
  const [tickets, responses, decisions] = await Promise.all([
    deps.db
      .selectFrom("tickets")
      .select(["id", "created_at", "area", "priority"])
      .where("created_at", ">=", since)
      .execute(),
    deps.db
      .selectFrom("messages")
      .innerJoin("tickets", "tickets.id", "messages.ticket_id")
      .select(["tickets.created_at as opened", (eb) => eb.fn.min("messages.created_at").as("first")])
      .where("messages.kind", "=", "outbound")
      .where("tickets.created_at", ">=", since)
      .groupBy(["messages.ticket_id", "tickets.created_at"])
      .execute(),
    deps.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("action", "in", ["draft.approved", "draft.rejected"])
      .where("at", ">=", since)
      .execute(),
  ]);
  const series = (key: (t: (typeof tickets)[number]) => string) => {
    const map = new Map<string, number[]>();
    for (const ticket of tickets) {
      const counts = map.get(key(ticket)) ?? Array<number>(days).fill(0);
      const index = dayList.indexOf(ticket.created_at.slice(0, 10));
      if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
      map.set(key(ticket), counts);
    }
    return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  const minutes = responses
    .map((r) => (Date.parse(String(r.first)) - Date.parse(r.opened)) / 60_000)
    .filter((m) => Number.isFinite(m) && m >= 0)
    .sort((a, b) => a - b);
  const drafts = new Map<string, { unchanged: number; edited: number; rejected: number }>();
  const corrected = new Map<string, number>();
  for (const entry of decisions) {
    const details = JSON.parse(entry.details) as {
      area?: string | null;
      edited?: boolean;
      reason?: string;
      topCode?: string | null;
    };
    const area = details.area ?? "untriaged";
    const row = drafts.get(area) ?? { unchanged: 0, edited: 0, rejected: 0 };
    if (entry.action === "draft.rejected") row.rejected++;
    else if (details.edited) row.edited++;
    else row.unchanged++;
    drafts.set(area, row);
    if (details.reason === "wrong-diagnosis") {
      const code = details.topCode ?? "no diagnosis";
      corrected.set(code, (corrected.get(code) ?? 0) + 1);
    }
  }
  let lower = 0;
  return {
    days: dayList,
    byArea: series((t) => t.area ?? "untriaged").map(([area, counts]) => ({ area, counts })),
    byPriority: series((t) => t.priority ?? "none").map(([priority, counts]) => ({ priority, counts })),
    firstResponse: {
      medianMinutes: minutes.length ? (minutes[Math.floor((minutes.length - 1) / 2)] ?? null) : null,
      buckets: BUCKETS.map(([key, upper]) => {
        const count = minutes.filter((m) => m >= lower && m < upper).length;
        lower = upper;
        return { key, count };
      }),
    },
    drafts: [...drafts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([area, counts]) => ({ area, ...counts })),
    corrected: [...corrected.entries()].sort((a, b) => b[1] - a[1]).map(([key, count]) => ({ key, count })),
  };
}
