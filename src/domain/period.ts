import { z } from "@hono/zod-openapi";
import { DeckhandError } from "./errors.ts";

const DAY_MS = 86_400_000;

/** A date (`2026-11-20`, midnight UTC) or an ISO-8601 instant, as given in a query or a flag. */
export const ZInstantText = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/, {
    message: "expected a date like 2026-11-20 or an ISO-8601 time like 2026-11-20T09:00:00Z",
  });

/** A half-open period [start, end) as ISO-8601 UTC strings, the way timestamps are stored. */
export interface Period {
  start: string;
  end: string;
}

/** Parses a date or an ISO instant; a date means its midnight UTC. */
export function parseInstant(text: string, name = "date"): Date {
  const checked = ZInstantText.safeParse(text);
  const date = new Date(/T/.test(text) ? text : `${text}T00:00:00Z`);
  if (!checked.success || Number.isNaN(date.getTime()))
    throw new DeckhandError("bad-input", `${name}: expected a date like 2026-11-20, not '${text}'`);
  return date;
}

/**
 * The period a caller asked for: `until` defaults to now, `since` to `days` before `until`; a
 * period that ends before it starts is refused.
 */
export function resolvePeriod(
  { since, until }: { since?: string; until?: string },
  now: Date,
  days: number,
): Period {
  const end = until ? parseInstant(until, "until") : now;
  const start = since ? parseInstant(since, "since") : new Date(end.getTime() - days * DAY_MS);
  if (start.getTime() >= end.getTime())
    throw new DeckhandError("bad-input", "since: the period must start before it ends");
  return { start: start.toISOString(), end: end.toISOString() };
}

/** The period of equal length just before this one, for trends. */
export function previousPeriod({ start, end }: Period): Period {
  const length = Date.parse(end) - Date.parse(start);
  return { start: new Date(Date.parse(start) - length).toISOString(), end: start };
}
