import { describe, expect, it } from "vitest";
import type { TStatus } from "../domain/lifecycle.ts";
import { DEFAULT_SLA_SETTINGS, policyFor, type SlaPolicy } from "./policies.ts";
import { computeTimers, mostUrgent, timerNow, type TicketHistory, type Timer } from "./timers.ts";

const settings = DEFAULT_SLA_SETTINGS;
const allDay: SlaPolicy = {
  plan: "default",
  priority: "P1",
  hours: "24x7",
  firstResponseMinutes: 60,
  nextUpdateMinutes: 120,
  resolutionMinutes: 600,
};
const t = (hhmm: string, day = "2026-03-02") => new Date(`${day}T${hhmm}:00Z`);
const history = (
  statuses: [string, TStatus][] = [],
  outbound: string[] = [],
  createdAt = t("10:00"),
): TicketHistory => ({
  createdAt,
  statuses: statuses.map(([at, status]) => ({ at: t(at), status })),
  firstOutboundAt: outbound[0] ? t(outbound[0]) : null,
  lastOutboundAt: outbound.length ? t(outbound[outbound.length - 1] as string) : null,
});
const byKind = (timers: Timer[]) => Object.fromEntries(timers.map((x) => [x.kind, x]));

describe("SLA timers", () => {
  it("meets the first response with our first reply and starts the next-update clock from it", () => {
    const timers = byKind(
      computeTimers(history([["10:30", "awaiting_customer"]], ["10:30"]), allDay, settings, t("11:00")),
    );
    expect(timers.first_response).toMatchObject({ state: "met", metAt: t("10:30"), elapsedMinutes: 30 });
    expect(timers.next_update).toMatchObject({ state: "paused", startedAt: t("10:30"), dueAt: null });
    expect(timers.resolution).toMatchObject({ state: "paused", elapsedMinutes: 30, remainingMinutes: 570 });
  });

  it("warns at 80% of the target and is breached at it, with the due time it had", () => {
    const h = history([["10:00", "awaiting_approval"]]);
    expect(byKind(computeTimers(h, allDay, settings, t("10:47"))).first_response?.state).toBe("running");
    const warned = byKind(computeTimers(h, allDay, settings, t("10:48"))).first_response;
    expect(warned).toMatchObject({ state: "warning", warnAt: t("10:48"), dueAt: t("11:00") });
    const late = byKind(computeTimers(h, allDay, settings, t("11:30"))).first_response;
    expect(late).toMatchObject({ state: "breached", dueAt: t("11:00"), remainingMinutes: -30 });
  });

  it("warns N minutes before instead when that comes first", () => {
    const h = history([["10:00", "in_progress"]]);
    const early = { ...settings, warning: { percent: 90, minutesBefore: 20 } };
    expect(byKind(computeTimers(h, allDay, early, t("10:41"))).first_response?.warnAt).toEqual(t("10:40"));
  });

  it("pauses resolution while the customer owes us an answer and resumes when they reply", () => {
    const h = history(
      [
        ["10:30", "awaiting_customer"],
        ["12:30", "in_progress"],
      ],
      ["10:30"],
    );
    const timers = byKind(computeTimers(h, allDay, settings, t("13:00")));
    expect(timers.resolution).toMatchObject({ state: "running", elapsedMinutes: 60 });
    // Due ten hours of our time after creation, plus the two hours the customer had it.
    expect(timers.resolution?.dueAt).toEqual(t("22:00"));
    // Next update counts only the time since the customer's reply.
    expect(timers.next_update).toMatchObject({ state: "running", elapsedMinutes: 30, dueAt: t("14:30") });
  });

  it("restarts the next-update clock on every reply of ours", () => {
    const h = history([["11:00", "escalated"]], ["10:30", "11:00"]);
    const next = byKind(computeTimers(h, allDay, settings, t("12:00"))).next_update;
    expect(next).toMatchObject({ startedAt: t("11:00"), dueAt: t("13:00"), state: "running" });
  });

  it("meets resolution when resolved, and runs it again when the ticket is reopened", () => {
    const resolved = history([["11:00", "resolved"]], ["10:30"]);
    expect(byKind(computeTimers(resolved, allDay, settings, t("12:00"))).resolution).toMatchObject({
      state: "met",
      metAt: t("11:00"),
      elapsedMinutes: 60,
    });
    const reopened = history(
      [
        ["11:00", "resolved"],
        ["15:00", "in_progress"],
      ],
      ["10:30"],
    );
    const timers = byKind(computeTimers(reopened, allDay, settings, t("16:00")));
    expect(timers.resolution).toMatchObject({ state: "running", metAt: null, elapsedMinutes: 120 });
    expect(timers.first_response?.state).toBe("met");
  });

  it("counts business-hours targets in working time: P2 opened Friday 16:00 is due Monday 12:00", () => {
    const p2 = policyFor(settings, "P2", null);
    const h = history([], [], t("16:00", "2026-03-06"));
    const first = byKind(computeTimers(h, p2, settings, t("10:00", "2026-03-09"))).first_response;
    expect(first).toMatchObject({ hours: "business", dueAt: t("12:00", "2026-03-09"), state: "running" });
    expect(first?.elapsedMinutes).toBe(120);
  });

  it("reads a stored timer as of now without the history, and picks the most urgent", () => {
    const stored = {
      kind: "first_response" as const,
      hours: "24x7" as const,
      targetMinutes: 60,
      startedAt: t("10:00"),
      dueAt: t("11:00"),
      warnAt: t("10:48"),
      pausedAt: null,
      metAt: null,
      remainingMinutes: 60,
    };
    expect(timerNow(stored, settings, t("10:30"))).toEqual({ state: "running", remainingMinutes: 30 });
    expect(timerNow(stored, settings, t("10:50"))).toEqual({ state: "warning", remainingMinutes: 10 });
    expect(timerNow(stored, settings, t("11:15"))).toEqual({ state: "breached", remainingMinutes: -15 });
    expect(timerNow({ ...stored, metAt: t("10:40") }, settings, t("12:00")).state).toBe("met");
    const resolution = { ...stored, kind: "resolution" as const, dueAt: t("20:00") };
    expect(mostUrgent([resolution, stored])?.kind).toBe("first_response");
    expect(mostUrgent([{ ...stored, metAt: t("10:40") }, resolution])?.kind).toBe("resolution");
  });
});

describe("SLA policies", () => {
  it("uses the plan's row, falls back to default, and holds untriaged tickets to P2", () => {
    expect(policyFor(settings, "P1", "premium").firstResponseMinutes).toBe(30);
    expect(policyFor(settings, "P1", "standard").firstResponseMinutes).toBe(60);
    expect(policyFor(settings, "P1", null)).toMatchObject({ hours: "24x7", plan: "default" });
    expect(policyFor(settings, null, null)).toMatchObject({ priority: "P2", hours: "business" });
    expect(policyFor({ ...settings, policies: [] }, "P3", "premium")).toMatchObject({
      plan: "default",
      priority: "P3",
    });
  });
});
