import { normaliseErrorLine } from "./normalise-error-line.ts";

/** An unexplained ticket with its first meaningful error line. */
export interface GapTicket {
  id: string;
  subject: string | null;
  area: string | null;
  errorLine: string;
  createdAt: string;
}

/** Unexplained tickets failing the same way: one article to write. */
export interface GapCluster {
  /** The normalised error line shared by the cluster. */
  key: string;
  /** The most recent ticket's error line as written (already redacted). */
  example: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  areas: { area: string; count: number }[];
  /** The most recent tickets first. */
  samples: { id: string; subject: string | null; createdAt: string }[];
}

export interface ClusterOptions {
  /** Clusters returned (the largest). */
  limit?: number;
  /** Sample tickets kept per cluster. */
  samples?: number;
}

/** Groups unexplained tickets by their normalised error line, largest and most recent first. */
export function clusterGaps(tickets: readonly GapTicket[], options: ClusterOptions = {}): GapCluster[] {
  const { limit = 20, samples = 5 } = options;
  const groups = new Map<string, GapTicket[]>();
  for (const ticket of tickets) {
    const key = normaliseErrorLine(ticket.errorLine);
    if (!key) continue;
    const group = groups.get(key) ?? [];
    group.push(ticket);
    groups.set(key, group);
  }
  const clusters = [...groups.entries()].map(([key, group]): GapCluster => {
    const recent = [...group].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const areas = new Map<string, number>();
    for (const ticket of group)
      areas.set(ticket.area ?? "untriaged", (areas.get(ticket.area ?? "untriaged") ?? 0) + 1);
    return {
      key,
      example: recent[0]?.errorLine ?? key,
      count: group.length,
      firstSeen: recent[recent.length - 1]?.createdAt ?? "",
      lastSeen: recent[0]?.createdAt ?? "",
      areas: [...areas.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([area, count]) => ({ area, count })),
      samples: recent.slice(0, samples).map(({ id, subject, createdAt }) => ({ id, subject, createdAt })),
    };
  });
  return clusters
    .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen) || a.key.localeCompare(b.key))
    .slice(0, limit);
}
