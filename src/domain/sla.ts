import { z } from "@hono/zod-openapi";
import { IANAZone } from "luxon";
import { PRIORITIES } from "./taxonomy.ts";

/** Schemas of SLA settings and timers: the API validates with them, the console reads their types. */

export const ZTimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((name) => IANAZone.isValidZone(name), { message: "not an IANA time zone, e.g. Europe/Berlin" });

const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time looks like 09:00");

export const ZBusinessCalendar = z
  .object({
    timeZone: ZTimeZone,
    workingDays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    start: ZClockTime,
    end: ZClockTime,
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a holiday looks like 2026-12-25")).max(1000),
  })
  .refine((c) => c.start < c.end, { message: "the working day must end after it starts", path: ["end"] })
  .openapi("BusinessCalendar");

export const ZHours = z.enum(["business", "24x7"]);

const ZTarget = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 365);

export const ZSlaPolicy = z
  .object({
    /** The organisation's plan this row applies to; `default` for every plan without its own row. */
    plan: z.string().min(1).max(40),
    priority: z.enum(PRIORITIES),
    hours: ZHours,
    firstResponseMinutes: ZTarget,
    nextUpdateMinutes: ZTarget,
    resolutionMinutes: ZTarget,
  })
  .openapi("SlaPolicy");

export const ZSlaSettings = z
  .object({
    calendar: ZBusinessCalendar,
    policies: z.array(ZSlaPolicy).max(400),
    warning: z.object({
      /** Warn once this share of the target has passed... */
      percent: z.number().int().min(1).max(99),
      /** ...or this many minutes (of the target's measure) before it is due, whichever comes first. */
      minutesBefore: z.number().int().min(1).max(10_000).nullable(),
    }),
    waiting: z.object({
      /** Business days in awaiting_customer before Deckhand drafts a nudge. */
      nudgeAfterBusinessDays: z.number().min(0.1).max(60),
      /** Business days after the nudge was sent before the closure notice. */
      closeAfterBusinessDays: z.number().min(0.1).max(120),
      /** Send the closure notice and close at once instead of leaving the draft for review. */
      autoClose: z.boolean(),
    }),
  })
  .openapi("SlaSettings");
export type TSlaSettings = z.infer<typeof ZSlaSettings>;

export const ZSlaSettingsOut = z
  .object({
    settings: ZSlaSettings,
    /** Null while the built-in defaults apply. */
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .openapi("SlaSettingsOut");

export const TIMER_KINDS = ["first_response", "next_update", "resolution"] as const;
export const TIMER_STATES = ["running", "warning", "paused", "met", "breached"] as const;

export const ZSlaTimer = z
  .object({
    kind: z.enum(TIMER_KINDS),
    state: z.enum(TIMER_STATES),
    hours: ZHours,
    targetMinutes: z.number().int(),
    startedAt: z.string(),
    /** Null while paused (it depends on when the clock resumes). */
    dueAt: z.string().nullable(),
    pausedAt: z.string().nullable(),
    metAt: z.string().nullable(),
    /** When the warning and the breach were recorded (each once). */
    warnedAt: z.string().nullable(),
    breachedAt: z.string().nullable(),
    /** Minutes of the target left, counted in its hours; negative once overdue. */
    remainingMinutes: z.number(),
  })
  .openapi("SlaTimer");
export type TSlaTimer = z.infer<typeof ZSlaTimer>;

export const ZTimeZoneIn = z
  .object({
    org: z.string().min(1).max(60),
    /** Set a contact's zone instead of the organisation's. */
    contactEmail: z.string().min(3).max(320).optional(),
    timeZone: ZTimeZone.nullable(),
  })
  .openapi("TimeZoneIn");
