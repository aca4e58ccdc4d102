/** How long ago, compactly: 42s, 5m, 3h, 2d. */
export function age(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
}

/** A status as people say it. */
export const statusLabel = (status: string): string => status.replace(/_/g, " ");

/** A confidence in [0, 1] as a whole percentage. */
export const percent = (value: number | null | undefined): string =>
  value === null || value === undefined ? "" : `${Math.round(value * 100)}%`;

/** A stable DOM id for a line of a source (body, attachment:name). */
export const lineId = (source: string, line: number): string =>
  `L-${source.replace(/[^A-Za-z0-9_-]/g, "_")}-${line}`;
