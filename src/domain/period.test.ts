import { describe, expect, it } from "vitest";
import { parseInstant, previousPeriod, resolvePeriod } from "./period.ts";

describe("periods", () => {
  const now = new Date("2026-11-27T10:00:00.000Z");

  it("defaults to the days before now, and reads dates as midnight UTC", () => {
    expect(resolvePeriod({}, now, 7)).toEqual({
      start: "2026-11-20T10:00:00.000Z",
      end: "2026-11-27T10:00:00.000Z",
    });
    expect(resolvePeriod({ since: "2026-11-20", until: "2026-11-27" }, now, 7)).toEqual({
      start: "2026-11-20T00:00:00.000Z",
      end: "2026-11-27T00:00:00.000Z",
    });
    expect(parseInstant("2026-11-20T09:30:00+01:00").toISOString()).toBe("2026-11-20T08:30:00.000Z");
  });

  it("refuses words, impossible dates and periods that end before they start", () => {
    expect(() => parseInstant("last week", "since")).toThrow(/since: expected a date like 2026-11-20/);
    expect(() => parseInstant("2026-13-45")).toThrow(/expected a date/);
    expect(() => resolvePeriod({ since: "2026-11-27", until: "2026-11-20" }, now, 7)).toThrow(
      /start before it ends/,
    );
  });

  it("the previous period has the same length and ends where this one starts", () => {
    expect(previousPeriod({ start: "2026-11-20T00:00:00.000Z", end: "2026-11-27T00:00:00.000Z" })).toEqual({
      start: "2026-11-13T00:00:00.000Z",
      end: "2026-11-20T00:00:00.000Z",
    });
  });
});
