import { describe, expect, it } from "vitest";
import { closureNoticeText, customerTime, nudgeText, progressUpdateText } from "./follow-up-text.ts";

describe("follow-up texts", () => {
  it("states the team, the diagnosis and the next update in the customer's zone, and nothing more", () => {
    const text = progressUpdateText({
      subject: "Deployments to production fail",
      escalatedTo: "engineering",
      investigating: "Helm release locked by an earlier operation",
      nextUpdateAt: new Date("2026-03-10T14:00:00Z"),
      timeZone: "Europe/Berlin",
    });
    expect(text).toContain('"Deployments to production fail" is with our engineering team');
    expect(text).toContain("What we are investigating: Helm release locked by an earlier operation.");
    expect(text).toContain("by Tuesday 10 March 2026 at 15:00 (Europe/Berlin)");
    expect(text).not.toMatch(/fix(ed)? by|resolve[ds]? by|guarantee/i);
  });

  it("says we are working on it when nothing is escalated, and bounds a long subject", () => {
    const text = progressUpdateText({
      subject: "x".repeat(500),
      escalatedTo: null,
      investigating: null,
      nextUpdateAt: new Date("2026-03-10T14:00:00Z"),
      timeZone: "UTC",
    });
    expect(text).toContain("we are still working on your ticket");
    expect(text).not.toContain("investigating");
    expect(text).not.toContain("x".repeat(200));
  });

  it("writes a nudge and a closure notice that says how to reopen", () => {
    expect(nudgeText(null)).toContain("We are following up on your ticket.");
    expect(closureNoticeText("Runner down")).toMatch(/closing it for now[\s\S]*reply to this message/);
    expect(customerTime(new Date("2026-07-01T12:00:00Z"), "America/New_York")).toBe(
      "Wednesday 1 July 2026 at 08:00 (America/New_York)",
    );
  });
});
