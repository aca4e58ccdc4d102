import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { CONVENTIONS as C } from "./conventions.ts";

/** A time found in a promise: the words, when it falls due, and how sure the reading is. */
export interface DueTime {
  phrase: string;
  dueAt: Date;
  confidence: number;
  index: number;
}

interface Context {
  now: Date;
  zone: string;
  local: DateTime;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  "twenty-four": 24,
  thirty: 30,
  "forty-five": 45,
  "forty-eight": 48,
  "seventy-two": 72,
  "a couple of": 2,
  "a few": 3,
  several: 3,
  "half an": 0.5,
  "half a": 0.5,
};
const NUMBER = String.raw`\d{1,3}(?:\.\d)?|${Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join("|")}`;
const DURATION = new RegExp(
  String.raw`\b(?:within|in|inside(?:\s+of)?|in\s+under|under|over|during)\s+(?:the\s+)?(?:next\s+)?(?:(${NUMBER})\s*)?(business\s+|working\s+)?(minutes?|mins?|m|hours?|hrs?|h|days?|weeks?)\b`,
  "gi",
);
const PERIODS: [RegExp, (ctx: Context) => DateTime, number][] = [
  [/\bfirst\s+thing\s+next\s+week\b/i, (ctx) => weekday(ctx, 1, 1).set({ hour: C.morningHour }), 0.75],
  [
    /\b(?:early|beginning\s+of|start\s+of)\s+next\s+week\b/i,
    (ctx) => weekday(ctx, 1, C.earlyNextWeekday),
    0.7,
  ],
  [/\b(?:mid|middle\s+of)[\s-]+next\s+week\b/i, (ctx) => weekday(ctx, 1, C.midWeekday), 0.7],
  [/\b(?:(?:the\s+)?end\s+of\s+|later\s+)?next\s+week\b/i, (ctx) => weekday(ctx, 1, C.endOfWeekday), 0.7],
  [
    /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:working\s+|business\s+)?week|later\s+this\s+week|this\s+week)\b/i,
    (ctx) => weekday(ctx, 0, C.endOfWeekday),
    0.75,
  ],
  [
    /\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month\b/i,
    (ctx) => ctx.local.endOf("month").startOf("day").set({ hour: C.endOfBusinessHour }),
    0.75,
  ],
];
const END_OF_DAY =
  /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|eod|cob|close\s+of\s+(?:business|play)|end\s+of\s+play|later\s+today)\b/i;
const TIME_OF_DAY: [RegExp, number][] = [
  [/\b(?:morning|first\s+thing|start\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day)\b/i, C.morningHour],
  [/\b(?:noon|midday|lunch(?:time)?)\b/i, C.noonHour],
  [/\bafternoon\b/i, C.afternoonHour],
  [/\b(?:evening|tonight)\b/i, C.eveningHour],
  [END_OF_DAY, C.endOfBusinessHour],
];
const PREPOSITION = /(?:\b(?:by|before|on|at|until|till|no\s+later\s+than|for)\s+(?:the\s+)?)$/i;

/** The first time a promise names, read in the customer's zone with the conventions in conventions.ts. */
export function findDueTime(scope: string, now: Date, zone: string): DueTime | null {
  const ctx: Context = { now, zone, local: DateTime.fromJSDate(now, { zone }) };
  return duration(scope, ctx) ?? period(scope, ctx) ?? calendar(scope, ctx) ?? endOfToday(scope, ctx);
}

function duration(scope: string, ctx: Context): DueTime | null {
  for (const match of scope.matchAll(DURATION)) {
    const [, amount, business, unit = ""] = match;
    if (!amount && !/^(?:hour|day|week)$/i.test(unit)) continue;
    const n = amount ? (WORD_NUMBERS[amount.toLowerCase()] ?? Number(amount)) : 1;
    if (!Number.isFinite(n) || n <= 0) continue;
    const u = unit.toLowerCase();
    let due: DateTime;
    if (business && u.startsWith("d")) due = addBusinessDays(ctx.local, Math.ceil(n));
    else if (u.startsWith("w")) due = ctx.local.plus({ weeks: n });
    else if (u.startsWith("d")) due = ctx.local.plus({ days: n });
    else {
      const minutes = u.startsWith("h") ? n * 60 : n;
      due = DateTime.fromMillis(ctx.now.getTime() + minutes * 60_000, { zone: ctx.zone });
    }
    return { phrase: match[0], dueAt: due.toJSDate(), confidence: 0.9, index: match.index };
  }
  return null;
}

function period(scope: string, ctx: Context): DueTime | null {
  for (const [pattern, resolve, confidence] of PERIODS) {
    const match = pattern.exec(scope);
    if (!match) continue;
    const due = resolve(ctx);
    if (due <= ctx.local) continue;
    return withPreposition(scope, match.index, match[0], due, confidence);
  }
  return null;
}

function calendar(scope: string, ctx: Context): DueTime | null {
  // chrono reads wall-clock time: give it the customer's wall clock as if it were UTC, then place
  // the result in the customer's zone with luxon, so a DST change between now and then is honoured.
  const wall = new Date(
    Date.UTC(ctx.local.year, ctx.local.month - 1, ctx.local.day, ctx.local.hour, ctx.local.minute),
  );
  const parser = ctx.zone.startsWith("America/") ? chrono.en.casual : chrono.en.GB;
  const results = parser.parse(scope, { instant: wall, timezone: 0 }, { forwardDate: true });
  for (const result of results) {
    if ([...result.tags()].some((tag) => tag.startsWith("result/relativeDate"))) continue;
    if (/^\d+(?:\.\d+)+$/.test(result.text.trim())) continue; // a version, not a date
    const start = result.start;
    const year = start.get("year");
    const month = start.get("month");
    const day = start.get("day");
    if (year === null || month === null || day === null) continue;
    const casual = [...result.tags()].some((tag) =>
      /casualReference\/(?:morning|afternoon|evening|tonight)/.test(tag),
    );
    const explicitHour = start.isCertain("hour") && !casual;
    const offset = start.isCertain("timezoneOffset") ? start.get("timezoneOffset") : null;
    let span = { index: result.index, text: result.text };
    let due: DateTime;
    if (offset !== null && explicitHour) {
      const ms = Date.UTC(year, month - 1, day, start.get("hour") ?? 0, start.get("minute") ?? 0);
      due = DateTime.fromMillis(ms - offset * 60_000, { zone: ctx.zone });
    } else {
      let hour: number = C.endOfBusinessHour;
      let minute = 0;
      if (explicitHour) {
        hour = start.get("hour") ?? hour;
        minute = start.get("minute") ?? 0;
      } else {
        const word = timeOfDay(scope, result.index, result.index + result.text.length);
        if (word) {
          hour = word.hour;
          span = union(scope, span, word);
        }
      }
      due = DateTime.fromObject({ year, month, day, hour, minute }, { zone: ctx.zone });
    }
    const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
    if (due <= ctx.local && weekdayOnly) due = due.plus({ weeks: 1 });
    if (due <= ctx.local && due.hasSame(ctx.local, "day") && !explicitHour) due = due.endOf("day");
    if (due <= ctx.local) continue;
    return withPreposition(scope, span.index, span.text, due, explicitHour ? 0.95 : 0.85);
  }
  return null;
}

function endOfToday(scope: string, ctx: Context): DueTime | null {
  const match = END_OF_DAY.exec(scope);
  if (!match) return null;
  let due = ctx.local.startOf("day").set({ hour: C.endOfBusinessHour });
  if (due <= ctx.local) due = ctx.local.endOf("day");
  if (due <= ctx.local) return null;
  return withPreposition(scope, match.index, match[0], due, 0.8);
}

/** The time-of-day word near a date ("first thing" tomorrow, Monday "morning", "end of day" Monday). */
function timeOfDay(scope: string, start: number, end: number) {
  for (const [pattern, hour] of TIME_OF_DAY) {
    const match = new RegExp(pattern.source, "gi");
    for (const found of scope.matchAll(match)) {
      const near = found.index + found[0].length >= start - 20 && found.index <= end + 20;
      if (near) return { hour, index: found.index, text: found[0] };
    }
  }
  return null;
}

function union(scope: string, a: { index: number; text: string }, b: { index: number; text: string }) {
  const index = Math.min(a.index, b.index);
  const end = Math.max(a.index + a.text.length, b.index + b.text.length);
  return { index, text: scope.slice(index, end) };
}

function withPreposition(
  scope: string,
  index: number,
  text: string,
  due: DateTime,
  confidence: number,
): DueTime {
  const before = PREPOSITION.exec(scope.slice(Math.max(0, index - 24), index));
  const phrase = (before ? `${before[0]}${text}` : text).replace(/[\s,;:.]+$/, "").trim();
  return { phrase, dueAt: due.toJSDate(), confidence, index: index - (before?.[0].length ?? 0) };
}

/** The given weekday (1 = Monday) of this week (`weeksAhead` 0) or a later one, at end of business. */
function weekday(ctx: Context, weeksAhead: number, day: number): DateTime {
  let due = ctx.local
    .startOf("week")
    .plus({ weeks: weeksAhead, days: day - 1 })
    .set({ hour: C.endOfBusinessHour });
  if (due <= ctx.local) due = due.plus({ weeks: 1 });
  return due;
}

function addBusinessDays(from: DateTime, days: number): DateTime {
  let due = from;
  let left = days;
  while (left > 0) {
    due = due.plus({ days: 1 });
    if (C.businessDays.includes(due.weekday)) left--;
  }
  return due;
}
