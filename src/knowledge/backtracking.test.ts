import { describe, expect, it } from "vitest";
import { backtrackingRisk } from "./backtracking.ts";
import { loadKnowledge } from "./load-knowledge.ts";

describe("backtrackingRisk", () => {
  it.each(["(a+)+$", "(\\w+\\s?)*x", "(?:x|[a-z]+)*y", "(.*a){25}"])("refuses /%s/", (pattern) => {
    expect(backtrackingRisk(pattern)).toMatch(/nested repetition/);
  });

  it.each(["another operation \\(install/upgrade/rollback\\) is in progress", "a[^\\n]{0,80}b", "(?:foo (?<x>\\S+))?", "(?:ab){0,3}c+"])(
    "accepts /%s/",
    (pattern) => {
      expect(backtrackingRisk(pattern)).toBeNull();
    },
  );

  it("passes every shipped signature", () => {
    const { kb } = loadKnowledge();
    const risky = kb.signatures
      .map((signature) => ({ id: `${signature.article.id}#${signature.id}`, risk: backtrackingRisk(signature.pattern) }))
      .filter((entry) => entry.risk);
    expect(risky).toEqual([]);
  });
});
