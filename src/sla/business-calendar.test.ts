import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  businessMinutesBetween,
  measureFor,
  workingDayMinutes,
  type BusinessCalendar,
} from "./business-calendar.ts";

const berlin: BusinessCalendar = {
  timeZone: "Europe/Berlin",
  workingDays: [1, 2, 3, 4, 5],
  start: "09:00",
  end: "17:00",
  holidays: ["2026-04-03"],
};
const at = (iso: string) => new Date(iso);
const add = (start: string, minutes: number, calendar = berlin) =>
  addBusinessTime(at(start), minutes, calendar).toISOString();

describe("business calendar", () => {
  it("adds time within one working day (Berlin is UTC+1 in March)", () => {
    expect(add("2026-03-02T09:00:00Z", 60)).toBe("2026-03-02T10:00:00.000Z");
    expect(add("2026-03-02T09:00:00Z", 0)).toBe("2026-03-02T09:00:00.000Z");
  });

  it("carries over a weekend: Friday 16:00 plus two hours is Monday 10:00", () => {
    expect(add("2026-03-06T15:00:00Z", 120)).toBe("2026-03-09T09:00:00.000Z");
    expect(businessMinutesBetween(at("2026-03-06T15:00:00Z"), at("2026-03-09T09:00:00Z"), berlin)).toBe(120);
  });

  it("starts at the next opening when the start is outside working hours", () => {
    // Tuesday 20:00 local: the clock starts Wednesday 09:00.
    expect(add("2026-03-03T19:00:00Z", 30)).toBe("2026-03-04T08:30:00.000Z");
    // Saturday: Monday 09:00.
    expect(add("2026-03-07T10:00:00Z", 15)).toBe("2026-03-09T08:15:00.000Z");
    // Before opening on a working day: that day's opening.
    expect(add("2026-03-04T05:00:00Z", 60)).toBe("2026-03-04T09:00:00.000Z");
    expect(businessMinutesBetween(at("2026-03-03T19:00:00Z"), at("2026-03-04T08:30:00Z"), berlin)).toBe(30);
  });

  it("skips a holiday: Thursday 16:30 plus an hour, with Good Friday off, is Monday 09:30", () => {
    // CEST (UTC+2) by April.
    expect(add("2026-04-02T14:30:00Z", 60)).toBe("2026-04-06T07:30:00.000Z");
    expect(businessMinutesBetween(at("2026-04-02T14:30:00Z"), at("2026-04-06T07:30:00Z"), berlin)).toBe(60);
  });

  it("keeps local working hours across the spring DST change (UTC+1 to UTC+2)", () => {
    // Friday 27 March 16:00 CET plus two hours: Monday 30 March 10:00 CEST = 08:00 UTC.
    expect(add("2026-03-27T15:00:00Z", 120)).toBe("2026-03-30T08:00:00.000Z");
    expect(businessMinutesBetween(at("2026-03-27T15:00:00Z"), at("2026-03-30T08:00:00Z"), berlin)).toBe(120);
  });

  it("counts the real length of a working window that contains the DST change", () => {
    const nights: BusinessCalendar = {
      ...berlin,
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      start: "00:00",
      end: "06:00",
    };
    // 29 March 2026 00:00-06:00 local lasts five hours (02:00 does not exist).
    const day = businessMinutesBetween(at("2026-03-28T23:00:00Z"), at("2026-03-29T12:00:00Z"), nights);
    expect(day).toBe(300);
    // 330 minutes from that midnight: the five hours, then 30 minutes of the next night (00:30 CEST).
    expect(add("2026-03-28T23:00:00Z", 330, nights)).toBe("2026-03-29T22:30:00.000Z");
  });

  it("handles the autumn change in another zone (New York, UTC-4 to UTC-5)", () => {
    const ny: BusinessCalendar = { ...berlin, timeZone: "America/New_York", holidays: [] };
    // Friday 30 October 2026 16:00 EDT plus two hours: Monday 2 November 10:00 EST = 15:00 UTC.
    expect(add("2026-10-30T20:00:00Z", 120, ny)).toBe("2026-11-02T15:00:00.000Z");
  });

  it("measures back what it adds, from any start", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i++) {
      const start = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400_000));
      const minutes = Math.floor(random() * 5000);
      const end = addBusinessTime(start, minutes, berlin);
      expect(businessMinutesBetween(start, end, berlin)).toBeCloseTo(minutes, 6);
    }
  });

  it("measures 24x7 targets as plain minutes", () => {
    const measure = measureFor("24x7", berlin);
    expect(measure.add(at("2026-03-07T10:00:00Z"), 90).toISOString()).toBe("2026-03-07T11:30:00.000Z");
    expect(measure.between(at("2026-03-07T10:00:00Z"), at("2026-03-07T11:30:00Z"))).toBe(90);
    expect(workingDayMinutes(berlin)).toBe(480);
  });

  it("refuses a calendar with no working hours instead of looping", () => {
    expect(() => addBusinessTime(at("2026-03-02T09:00:00Z"), 60, { ...berlin, workingDays: [] })).toThrow(
      /no working hours/,
    );
  });
});
