import type { TStatus } from "../domain/lifecycle.ts";
import { TIMER_KINDS, type TSlaSettings } from "../domain/sla.ts";
import { measureFor, type Hours, type TimeMeasure } from "./business-calendar.ts";
import type { SlaPolicy } from "./policies.ts";

export type TimerKind = (typeof TIMER_KINDS)[number];
export type TimerState = "running" | "warning" | "paused" | "met" | "breached";

/** Statuses in which the ticket waits on us, so the clocks run; awaiting_customer pauses them. */
export const WAITING_ON_US: readonly TStatus[] = [
  "new",
  "triaged",
  "awaiting_approval",
  "in_progress",
  "escalated",
];
const DONE: readonly TStatus[] = ["resolved", "closed"];

/** What the timers are computed from: when the ticket began, its statuses over time, our replies. */
export interface TicketHistory {
  createdAt: Date;
  /** Status changes in order; before the first one the ticket is `new`. */
  statuses: { at: Date; status: TStatus }[];
  firstOutboundAt: Date | null;
  lastOutboundAt: Date | null;
}

/** One timer of a ticket, as of `now`. */
export interface Timer {
  kind: TimerKind;
  hours: Hours;
  targetMinutes: number;
  startedAt: Date;
  /** When it is (or was) due; null while paused before reaching its target. */
  dueAt: Date | null;
  /** When the warning threshold is (or was) reached; null while paused before it. */
  warnAt: Date | null;
  pausedAt: Date | null;
  metAt: Date | null;
  elapsedMinutes: number;
  remainingMinutes: number;
  state: TimerState;
}

interface Interval {
  from: Date;
  to: Date | null;
  counting: boolean;
}

/** The status intervals from `start` to `end` (open-ended when null), each counting or not. */
function intervals(history: TicketHistory, start: Date, end: Date | null): Interval[] {
  const changes = [{ at: history.createdAt, status: "new" as TStatus }, ...history.statuses];
  const out: Interval[] = [];
  changes.forEach((change, i) => {
    const next = changes[i + 1]?.at ?? null;
    const from = change.at > start ? change.at : start;
    let to = next;
    if (end && (!to || to > end)) to = end;
    if (to && to <= from) return;
    out.push({ from, to, counting: WAITING_ON_US.includes(change.status) });
  });
  return out;
}

/** The instant the counting time since the start reaches `minutes`, or null if it has not yet and is paused. */
function reachedAt(spans: Interval[], minutes: number, measure: TimeMeasure): Date | null {
  let remaining = minutes;
  for (const span of spans) {
    if (!span.counting) continue;
    if (!span.to) return measure.add(span.from, remaining);
    const available = measure.between(span.from, span.to);
    if (remaining <= available) return measure.add(span.from, remaining);
    remaining -= available;
  }
  return null;
}

function timer(
  kind: TimerKind,
  history: TicketHistory,
  start: Date,
  end: Date | null,
  target: number,
  rules: { hours: Hours; settings: TSlaSettings },
  now: Date,
): Timer {
  const measure = measureFor(rules.hours, rules.settings.calendar);
  const stop = end ?? now;
  const spans = intervals(history, start, stop);
  const elapsed = spans
    .filter((s) => s.counting)
    .reduce((sum, s) => sum + measure.between(s.from, s.to ?? stop), 0);
  // Due and warning instants are found over the open-ended history, so a running timer's are stable.
  const open = intervals(history, start, end);
  const { percent, minutesBefore } = rules.settings.warning;
  const warnAfter = Math.max(
    0,
    Math.min((target * percent) / 100, minutesBefore === null ? target : target - minutesBefore),
  );
  const dueAt = reachedAt(open, target, measure);
  const warnAt = reachedAt(open, warnAfter, measure);
  // The open-ended history always ends with the current status, even one entered this instant.
  const last = open[open.length - 1];
  const counting = !end && (last?.counting ?? false);
  const pausedAt = !end && !counting && last ? last.from : null;
  let state: TimerState;
  if (dueAt && dueAt <= stop) state = "breached";
  else if (end) state = "met";
  else if (!counting) state = "paused";
  else state = warnAt && warnAt <= now ? "warning" : "running";
  return {
    kind,
    hours: rules.hours,
    targetMinutes: target,
    startedAt: start,
    dueAt: end && dueAt && dueAt > end ? null : dueAt,
    warnAt: end && warnAt && warnAt > end ? null : warnAt,
    pausedAt,
    metAt: end,
    elapsedMinutes: elapsed,
    remainingMinutes: target - elapsed,
    state,
  };
}

/**
 * A ticket's timers from its history: first response (met by our first reply), next update
 * (restarted by every reply of ours, only once there is one) and resolution (met when resolved or
 * closed, running again if reopened). Each counts only while the ticket waits on us.
 */
export function computeTimers(
  history: TicketHistory,
  policy: SlaPolicy,
  settings: TSlaSettings,
  now: Date,
): Timer[] {
  const current = history.statuses[history.statuses.length - 1];
  const doneAt = current && DONE.includes(current.status) ? current.at : null;
  const rules = { hours: policy.hours, settings };
  const timers = [
    timer(
      "first_response",
      history,
      history.createdAt,
      history.firstOutboundAt ?? doneAt,
      policy.firstResponseMinutes,
      rules,
      now,
    ),
  ];
  if (history.lastOutboundAt)
    timers.push(
      timer(
        "next_update",
        history,
        history.lastOutboundAt,
        // A reply written after closing does not start a clock on a closed ticket.
        doneAt && (doneAt > history.lastOutboundAt ? doneAt : history.lastOutboundAt),
        policy.nextUpdateMinutes,
        rules,
        now,
      ),
    );
  timers.push(timer("resolution", history, history.createdAt, doneAt, policy.resolutionMinutes, rules, now));
  return timers;
}

/** A timer as stored: what the sweep and the queue read without replaying the history. */
export interface StoredTimer {
  kind: TimerKind;
  hours: Hours;
  targetMinutes: number;
  startedAt: Date;
  dueAt: Date | null;
  warnAt: Date | null;
  pausedAt: Date | null;
  metAt: Date | null;
  /** Remaining minutes when it was stored (exact for paused and met timers). */
  remainingMinutes: number;
}

/** A stored timer's state and time left as of `now` (a running timer's due instant does not move). */
export function timerNow(
  stored: StoredTimer,
  settings: TSlaSettings,
  now: Date,
): { state: TimerState; remainingMinutes: number } {
  if (stored.metAt)
    return {
      state: stored.dueAt && stored.dueAt <= stored.metAt ? "breached" : "met",
      remainingMinutes: stored.remainingMinutes,
    };
  if (!stored.dueAt) return { state: "paused", remainingMinutes: stored.remainingMinutes };
  const measure = measureFor(stored.hours, settings.calendar);
  const remainingMinutes =
    stored.dueAt > now ? measure.between(now, stored.dueAt) : -measure.between(stored.dueAt, now);
  if (stored.dueAt <= now) return { state: "breached", remainingMinutes };
  if (stored.pausedAt) return { state: "paused", remainingMinutes: stored.remainingMinutes };
  return { state: stored.warnAt && stored.warnAt <= now ? "warning" : "running", remainingMinutes };
}

/** The timer that matters most in a queue: the earliest due among those not met, else a paused one. */
export function mostUrgent<T extends { dueAt: Date | null; metAt: Date | null }>(timers: T[]): T | null {
  const open = timers.filter((t) => !t.metAt);
  const due = open
    .filter((t) => t.dueAt)
    .sort((a, b) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0));
  return due[0] ?? open[0] ?? null;
}
