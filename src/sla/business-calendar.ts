import { DateTime } from "luxon";

/** When support works: an IANA time zone, working weekdays, daily hours and holiday dates. */
export interface BusinessCalendar {
  /** IANA name, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** ISO weekdays that are working days: 1 = Monday ... 7 = Sunday. */
  workingDays: number[];
  /** Local start and end of the working day, `HH:mm`; end after start. */
  start: string;
  end: string;
  /** Local dates (`YYYY-MM-DD`) with no working hours. */
  holidays: string[];
}

/** How a target's minutes are counted: in the calendar's working hours, or around the clock. */
export type Hours = "business" | "24x7";

/** Adds and measures time in one way of counting, so timers need not know which. */
export interface TimeMeasure {
  add(start: Date, minutes: number): Date;
  between(a: Date, b: Date): number;
}

const MINUTE = 60_000;
/** Ten years of days without a working hour means the calendar is unusable, not that time is long. */
const MAX_DAYS = 3660;

const hm = (text: string): { hour: number; minute: number } => {
  const [hour = 0, minute = 0] = text.split(":").map(Number);
  return { hour, minute };
};

/** The working window of a local day, in epoch milliseconds, or null on a day off. */
function windowOn(day: DateTime, calendar: BusinessCalendar): { start: number; end: number } | null {
  if (!calendar.workingDays.includes(day.weekday)) return null;
  if (calendar.holidays.includes(day.toISODate() ?? "")) return null;
  // Built from local wall-clock times, so a DST change moves the window's UTC instant, not its hours.
  const at = (time: string) =>
    DateTime.fromObject(
      { year: day.year, month: day.month, day: day.day, ...hm(time) },
      { zone: calendar.timeZone },
    ).toMillis();
  const start = at(calendar.start);
  const end = at(calendar.end);
  return end > start ? { start, end } : null;
}

interface Day {
  begins: number;
  window: { start: number; end: number } | null;
  next: number;
}

/** Days already worked out, per calendar object: a queue page measures hundreds of timers over the same days. */
const cache = new WeakMap<BusinessCalendar, Map<number, Day>>();

function dayAt(begins: number, calendar: BusinessCalendar): Day {
  let days = cache.get(calendar);
  if (!days) cache.set(calendar, (days = new Map<number, Day>()));
  let day = days.get(begins);
  if (!day) {
    const local = DateTime.fromMillis(begins, { zone: calendar.timeZone });
    day = { begins, window: windowOn(local, calendar), next: local.plus({ days: 1 }).toMillis() };
    if (days.size > 5000) days.clear();
    days.set(begins, day);
  }
  return day;
}

/** Local midnights are on quarter hours in every zone, so one lookup serves a quarter hour. */
const QUARTER = 900_000;
const beginnings = new WeakMap<BusinessCalendar, Map<number, number>>();

function dayBeginning(at: number, calendar: BusinessCalendar): number {
  let known = beginnings.get(calendar);
  if (!known) beginnings.set(calendar, (known = new Map<number, number>()));
  const key = Math.floor(at / QUARTER);
  let begins = known.get(key);
  if (begins === undefined) {
    begins = DateTime.fromMillis(key * QUARTER, { zone: calendar.timeZone })
      .startOf("day")
      .toMillis();
    if (known.size > 5000) known.clear();
    known.set(key, begins);
  }
  return begins;
}

/** The local days from the one containing `from`, in order: when each begins, and its working window. */
function* days(from: number, calendar: BusinessCalendar) {
  let begins = dayBeginning(from, calendar);
  for (let i = 0; i < MAX_DAYS; i++) {
    const day = dayAt(begins, calendar);
    yield day;
    begins = day.next;
  }
  throw new Error(`the business calendar has no working hours in ${MAX_DAYS} days`);
}

/**
 * The instant `minutes` of working time after `start`. A start outside working hours counts from
 * the next opening; weekends and holidays are skipped; zero minutes is the start itself.
 */
export function addBusinessTime(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  if (minutes <= 0) return new Date(start.getTime());
  let remaining = minutes * MINUTE;
  const cursor = start.getTime();
  for (const { window } of days(cursor, calendar)) {
    if (!window) continue;
    const from = Math.max(cursor, window.start);
    if (from >= window.end) continue;
    if (remaining <= window.end - from) return new Date(from + remaining);
    remaining -= window.end - from;
  }
  throw new Error("unreachable");
}

/** Working minutes between two instants (zero when `b` is not after `a`). */
export function businessMinutesBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to <= from) return 0;
  let total = 0;
  for (const { begins, window } of days(from, calendar)) {
    if (begins >= to) break;
    if (window) total += Math.max(0, Math.min(to, window.end) - Math.max(from, window.start));
  }
  return total / MINUTE;
}

/** Length of a working day in minutes (for "three business days" style settings). */
export function workingDayMinutes(calendar: BusinessCalendar): number {
  const start = hm(calendar.start);
  const end = hm(calendar.end);
  return end.hour * 60 + end.minute - (start.hour * 60 + start.minute);
}

/** The measure for a target: working minutes of the calendar, or plain minutes for 24x7. */
export function measureFor(hours: Hours, calendar: BusinessCalendar): TimeMeasure {
  if (hours === "24x7")
    return {
      add: (start, minutes) => new Date(start.getTime() + Math.max(0, minutes) * MINUTE),
      between: (a, b) => Math.max(0, (b.getTime() - a.getTime()) / MINUTE),
    };
  return {
    add: (start, minutes) => addBusinessTime(start, minutes, calendar),
    between: (a, b) => businessMinutesBetween(a, b, calendar),
  };
}
