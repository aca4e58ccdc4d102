import { describe, expect, it } from "vitest";
import { MIN_CONFIDENCE } from "../pipeline/decide/rank.ts";
import { clusterGaps, type GapTicket } from "./cluster-gaps.ts";
import { errorLineOf } from "./error-line-of.ts";
import { isUnexplained } from "./is-unexplained.ts";

const ticket = (
  id: string,
  errorLine: string,
  createdAt: string,
  area: string | null = "helm",
): GapTicket => ({
  id,
  subject: `ticket ${id}`,
  area,
  errorLine,
  createdAt,
});

const LOCKED = (release: string) => `Error: UPGRADE FAILED: "${release}" has no deployed releases`;
const PLUGIN = (n: number) =>
  `Error: plugin "secrets" exited with code ${n}: gpg: decryption failed: No secret key`;

describe("clusterGaps", () => {
  const tickets = [
    ticket("a", LOCKED("web"), "2026-11-20T09:00:00.000Z"),
    ticket("b", PLUGIN(2), "2026-11-21T09:00:00.000Z", "helm"),
    ticket("c", LOCKED("payments"), "2026-11-22T09:00:00.000Z", "argocd"),
    ticket("d", PLUGIN(1), "2026-11-26T09:00:00.000Z", "helm"),
    ticket("e", LOCKED("api-7"), "2026-11-23T09:00:00.000Z"),
    ticket("f", "Error: something else entirely went wrong", "2026-11-27T09:00:00.000Z", null),
  ];

  it("groups one failure across tickets and ranks by count, then by recency", () => {
    const clusters = clusterGaps(tickets);
    expect(clusters.map((c) => [c.count, c.samples.map((s) => s.id)])).toEqual([
      [3, ["e", "c", "a"]],
      [2, ["d", "b"]],
      [1, ["f"]],
    ]);
    expect(clusters[0]).toMatchObject({
      key: "error: upgrade failed: <q> has no deployed releases",
      firstSeen: "2026-11-20T09:00:00.000Z",
      lastSeen: "2026-11-23T09:00:00.000Z",
      areas: [
        { area: "helm", count: 2 },
        { area: "argocd", count: 1 },
      ],
      example: LOCKED("api-7"),
    });
    expect(clusters[2]?.areas).toEqual([{ area: "untriaged", count: 1 }]);
  });

  it("breaks a tie in count by the most recent ticket", () => {
    const clusters = clusterGaps([
      ticket("old", "Error: alpha failed", "2026-11-01T00:00:00.000Z"),
      ticket("new", "Error: beta failed", "2026-11-02T00:00:00.000Z"),
    ]);
    expect(clusters.map((c) => c.samples[0]?.id)).toEqual(["new", "old"]);
  });

  it("keeps the largest clusters and a few samples each", () => {
    const many = Array.from({ length: 9 }, (_, i) =>
      ticket(`t${i}`, PLUGIN(i), `2026-10-2${i}T00:00:00.000Z`),
    );
    const [cluster] = clusterGaps([...many, ...tickets], { limit: 1, samples: 3 });
    expect(cluster?.count).toBe(11);
    expect(cluster?.samples.map((s) => s.id)).toEqual(["d", "b", "t8"]);
  });
});

describe("isUnexplained", () => {
  it.each([
    ["no diagnosis", { topCode: null, topConfidence: null }, true],
    ["a diagnosis below the noise floor", { topCode: "helm.x", topConfidence: MIN_CONFIDENCE - 0.01 }, true],
    ["a diagnosis at the floor", { topCode: "helm.x", topConfidence: MIN_CONFIDENCE }, false],
    [
      "an engineer saying nothing fits",
      { topCode: "helm.x", topConfidence: 0.9, outcome: { verdict: "unexplained" as const, code: null } },
      true,
    ],
    [
      "an engineer's correction of a weak diagnosis",
      { topCode: null, topConfidence: null, outcome: { verdict: "corrected" as const, code: "helm.y" } },
      false,
    ],
  ])("%s", (_what, explanation, expected) => {
    expect(isUnexplained(explanation)).toBe(expected);
  });
});

describe("errorLineOf", () => {
  const triage = (facts: Record<string, string>, evidence: string[] = []) =>
    JSON.stringify({ facts, diagnoses: [{ evidence: evidence.map((text) => ({ source: "body", text })) }] });

  it("prefers the outcome's reviewed line, then the extracted error fact, then error-like evidence", () => {
    const result = triage({ "error.full-message": "Error: from the fact" }, ["Error: from the evidence"]);
    expect(errorLineOf(result, "Error: reviewed")).toBe("Error: reviewed");
    expect(errorLineOf(result, null)).toBe("Error: from the fact");
    expect(errorLineOf(triage({}, ["we upgraded last week", "fatal: could not read Username"]))).toBe(
      "fatal: could not read Username",
    );
  });

  it("gives nothing for a ticket without an error line or with an unreadable result", () => {
    expect(errorLineOf(triage({}, ["please help"]))).toBeNull();
    expect(errorLineOf("{not json")).toBeNull();
    expect(errorLineOf(null)).toBeNull();
  });
});
