import { describe, expect, it } from "vitest";
import type { TTriageResult } from "../domain/triage-result.ts";
import type { TEvalCase } from "./cases.ts";
import { scoreOutcomes, summaryLine } from "./score.ts";

const base: TEvalCase = {
  id: "x",
  ticket: "t",
  area: "helm",
  alt_areas: ["kubernetes"],
  codes: ["helm.a.b"],
  missing_fact_codes: [],
  product_bug: false,
  priority: "P3",
};
const result = (over: Partial<TTriageResult>): TTriageResult => ({
  version: 1,
  area: "helm",
  priority: "P3",
  diagnoses: [],
  facts: {},
  questions: [],
  escalation: { recommended: false, team: null, reason: null },
  reply: "r".repeat(40),
  redactions: [],
  ...over,
});
const diagnosis = (code: string) => ({
  code,
  confidence: 0.9,
  article: "a",
  evidence: [{ source: "body", line: 1, text: "x" }],
});

describe("scoreOutcomes", () => {
  it("computes each metric as the eval README defines it", () => {
    const report = scoreOutcomes(
      [
        { case: base, result: result({ diagnoses: [diagnosis("helm.a.b")] }) },
        {
          case: { ...base, id: "y", product_bug: true, priority: "P1" },
          result: result({
            area: "kubernetes",
            priority: "P2",
            diagnoses: [diagnosis("z.z.z"), diagnosis("helm.a.b")],
            escalation: { recommended: true, team: "engineering", reason: "r" },
          }),
        },
        {
          case: { ...base, id: "z", missing_fact_codes: ["version.helm", "repo.url"] },
          result: result({
            area: "git",
            priority: "P4",
            questions: [{ fact: "version.helm", text: "which helm version?" }],
          }),
        },
        {
          case: { ...base, id: "w" },
          result: result({
            escalation: { recommended: true, team: "engineering", reason: "r" },
            questions: ["a.b", "c.d", "e.f"].map((fact) => ({ fact, text: "a question?" })),
          }),
        },
      ],
      2,
    );
    expect(report.top1).toBe(0.25);
    expect(report.top3).toBe(0.5);
    expect(report.area).toBe(0.75);
    expect(report.priorityExact).toBe(0.5);
    expect(report.priorityWithinOne).toBe(1);
    expect(report.escalation).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(report.questionRecall).toBe(0.5);
    expect(report.overAsking).toBeCloseTo(1 / 3);
    expect(report.evidenceShown).toBe(1);
    expect(report.ticketsPerSecond).toBe(2);
    expect(report.misses.map((m) => `${m.id}:${m.what}`)).toContain("z:area");
    expect(summaryLine(report)).toMatch(/^eval: 4 cases {2}top1 25\.0%/);
  });
});
