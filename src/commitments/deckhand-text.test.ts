import { describe, expect, it } from "vitest";
import { loadCases } from "../eval/cases.ts";
import { loadKnowledge } from "../knowledge/load-knowledge.ts";
import { triage } from "../pipeline/triage.ts";
import { extractCommitments } from "./extract.ts";
import { commitmentFollowUpText } from "./follow-up.ts";

const { kb } = loadKnowledge();
const now = new Date("2026-03-27T12:00:00Z");
const ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Tokyo"];

describe("text Deckhand writes itself promises nothing", () => {
  it("the composer's reply to every ticket of the dev set", () => {
    const cases = loadCases();
    expect(cases.length).toBeGreaterThan(50);
    const promising: string[] = [];
    for (const c of cases) {
      const { reply } = triage({ body: c.ticket }, { kb }).result;
      for (const timeZone of ZONES)
        for (const found of extractCommitments(reply, { now, timeZone }))
          promising.push(`${c.id}: ${found.phrase} (${found.text})`);
    }
    expect(promising).toEqual([]);
  });

  it("the follow-up drafted when a promise falls due, in every state", () => {
    const variants = [
      {
        subject: "Helm upgrade locked",
        escalatedTo: null,
        investigating: "Locked release",
      },
      { subject: null, escalatedTo: "engineering", investigating: null },
      { subject: "Tentacle offline", escalatedTo: null, investigating: null },
      { subject: "x".repeat(500), escalatedTo: "security", investigating: null },
    ];
    for (const facts of variants) {
      const text = commitmentFollowUpText(facts);
      expect(text).toMatch(/^Hello,/);
      for (const timeZone of ZONES) expect(extractCommitments(text, { now, timeZone })).toEqual([]);
    }
  });
});
