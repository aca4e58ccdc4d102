import type { TCommitmentStats } from "../domain/commitment.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

const DEFAULT_DAYS = 30;

type Counts = TCommitmentStats["total"];
const empty = (): Counts => ({ kept: 0, missed: 0, open: 0, cancelled: 0 });

/** Promises kept and missed per engineer and per team, for those made since `since`; engineers only. */
export async function getCommitmentStats(
  deps: Pick<Deps, "db" | "clock">,
  { principal, since }: { principal: Principal; since?: string },
): Promise<TCommitmentStats> {
  requireEngineer(principal);
  const from = new Date(since ?? deps.clock().getTime() - DEFAULT_DAYS * 86_400_000).toISOString();
  const rows = await deps.db
    .selectFrom("commitments")
    .leftJoin("engineers", "engineers.id", "commitments.owner")
    .select((eb) => [
      "commitments.owner",
      "commitments.team",
      "commitments.status",
      "engineers.name",
      eb.fn.countAll<number>().as("count"),
    ])
    .where("commitments.created_at", ">=", from)
    .groupBy(["commitments.owner", "commitments.team", "commitments.status", "engineers.name"])
    .execute();
  const total = empty();
  const engineers = new Map<string, Counts & { owner: string; name: string | null }>();
  const teams = new Map<string, Counts & { team: string }>();
  for (const row of rows) {
    const count = Number(row.count);
    const name = row.owner === "deckhand" ? "Deckhand" : row.name;
    const engineer = engineers.get(row.owner) ?? { owner: row.owner, name, ...empty() };
    const teamKey = row.team ?? "none";
    const team = teams.get(teamKey) ?? { team: teamKey, ...empty() };
    for (const counts of [total, engineer, team]) counts[row.status] += count;
    engineers.set(row.owner, engineer);
    teams.set(teamKey, team);
  }
  const byMissed = (a: Counts, b: Counts) => b.missed - a.missed || b.kept - a.kept;
  return {
    since: from,
    total,
    byEngineer: [...engineers.values()].sort(byMissed),
    byTeam: [...teams.values()].sort(byMissed),
  };
}
