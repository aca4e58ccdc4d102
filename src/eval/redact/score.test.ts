import { describe, expect, it } from "vitest";
import { generateCorpus } from "./generate-corpus.ts";
import { scoreRedaction } from "./score.ts";

describe("redaction scoring", () => {
  it("counts a covered secret as found, a span over nothing as a false positive, and kind confusions", () => {
    const items = [{ text: "abcdefghij", secrets: [{ kind: "a", start: 2, end: 5 }], evasion: "plain" }];
    const report = scoreRedaction(items, [
      [
        { kind: "b", start: 1, end: 6 },
        { kind: "b", start: 7, end: 9 },
      ],
    ]);
    expect(report.overall).toMatchObject({ labelled: 1, found: 1, predicted: 2, correct: 1 });
    expect(report.confusions.get("a -> b")).toBe(1);
  });

  it("misses a secret only partly covered", () => {
    const items = [{ text: "abcdefghij", secrets: [{ kind: "a", start: 2, end: 8 }], evasion: "plain" }];
    const report = scoreRedaction(items, [[{ kind: "a", start: 2, end: 5 }]]);
    expect(report.overall).toMatchObject({ found: 0, correct: 0 });
  });
});

describe("corpus generator", () => {
  it("is deterministic and labels exact secret offsets", () => {
    const first = generateCorpus(3, 2, 5);
    expect(generateCorpus(3, 2, 5)).toEqual(first);
    expect(first.length).toBeGreaterThan(100);
    for (const item of first)
      for (const secret of item.secrets) expect(secret.end).toBeGreaterThan(secret.start);
  });
});
