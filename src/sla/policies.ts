import type { TPriority } from "../domain/taxonomy.ts";
import type { TSlaSettings } from "../domain/sla.ts";
import type { Hours } from "./business-calendar.ts";

/** One plan's targets for one priority, in minutes of its hours. */
export type SlaPolicy = TSlaSettings["policies"][number];

const HOUR = 60;
/** A working day of the default 09:00-17:00 calendar. */
const DAY = 8 * HOUR;

const row = (
  plan: string,
  priority: TPriority,
  hours: Hours,
  firstResponseMinutes: number,
  nextUpdateMinutes: number,
  resolutionMinutes: number,
): SlaPolicy => ({ plan, priority, hours, firstResponseMinutes, nextUpdateMinutes, resolutionMinutes });

/**
 * The built-in SLA: P1 around the clock, everything else in business hours (Monday to Friday,
 * 09:00-17:00 UTC); `premium` gets tighter targets, any other plan (or none) gets `default`.
 * A lead overrides all of it through PUT /api/v1/sla/settings.
 */
export const DEFAULT_SLA_SETTINGS: TSlaSettings = {
  calendar: { timeZone: "UTC", workingDays: [1, 2, 3, 4, 5], start: "09:00", end: "17:00", holidays: [] },
  policies: [
    row("default", "P1", "24x7", 1 * HOUR, 2 * HOUR, 24 * HOUR),
    row("default", "P2", "business", 4 * HOUR, 1 * DAY, 3 * DAY),
    row("default", "P3", "business", 1 * DAY, 2 * DAY, 5 * DAY),
    row("default", "P4", "business", 2 * DAY, 5 * DAY, 10 * DAY),
    row("premium", "P1", "24x7", 30, 1 * HOUR, 12 * HOUR),
    row("premium", "P2", "business", 2 * HOUR, 4 * HOUR, 2 * DAY),
    row("premium", "P3", "business", 4 * HOUR, 1 * DAY, 3 * DAY),
    row("premium", "P4", "business", 1 * DAY, 3 * DAY, 5 * DAY),
  ],
  warning: { percent: 80, minutesBefore: null },
  waiting: { nudgeAfterBusinessDays: 3, closeAfterBusinessDays: 7, autoClose: false },
};

/** Untriaged tickets are held to P2 until triage says otherwise (as the queue sorts them). */
export const UNTRIAGED_PRIORITY: TPriority = "P2";

const isPriority = (value: string | null): value is TPriority =>
  value === "P1" || value === "P2" || value === "P3" || value === "P4";

/** The policy for a ticket: its plan's row, else the `default` row, else the built-in `default` row. */
export function policyFor(settings: TSlaSettings, priority: string | null, plan: string | null): SlaPolicy {
  const p = isPriority(priority) ? priority : UNTRIAGED_PRIORITY;
  const find = (rows: readonly SlaPolicy[], name: string) =>
    rows.find((r) => r.plan === name && r.priority === p);
  return (
    (plan ? find(settings.policies, plan) : undefined) ??
    find(settings.policies, "default") ??
    (find(DEFAULT_SLA_SETTINGS.policies, "default") as SlaPolicy)
  );
}
