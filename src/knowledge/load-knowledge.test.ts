import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge, SHIPPED_KNOWLEDGE_DIR } from "./load-knowledge.ts";

const dir = mkdtempSync(join(tmpdir(), "deckhand-kb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of one shipped article with its escalation block replaced. */
function withDefect(defectYaml: string) {
  copyFileSync(join(SHIPPED_KNOWLEDGE_DIR, "taxonomy.json"), join(dir, "taxonomy.json"));
  copyFileSync(join(SHIPPED_KNOWLEDGE_DIR, "questions.yaml"), join(dir, "questions.yaml"));
  const source = readFileSync(join(SHIPPED_KNOWLEDGE_DIR, "helm/release-operation-in-progress.md"), "utf8");
  const article = source.replace(/\nescalation:\n(?: {2}.*\n)+/, "\n").replace("\nreferences:", `\n${defectYaml}references:`);
  mkdirSync(join(dir, "helm"), { recursive: true });
  writeFileSync(join(dir, "helm", "release-operation-in-progress.md"), article);
  return loadKnowledge(dir).problems.map((p) => `${p.field}: ${p.message}`);
}

describe("loadKnowledge checks known defects", () => {
  it("accepts a defect with a valid range and pattern", () => {
    const yaml = "escalation:\n  defects:\n    - fact: version.helm\n      affected: '>=3.18.0 <3.18.5'\n      summary: A made-up defect for the test.\n      match: 'another operation'\n";
    expect(withDefect(yaml)).toEqual([]);
  });

  it("refuses an affected range that is not semver, and a pattern that does not compile", () => {
    const yaml = "escalation:\n  defects:\n    - fact: version.helm\n      affected: 'from 3.18 onwards'\n      summary: A made-up defect for the test.\n      match: '(unclosed'\n";
    const problems = withDefect(yaml);
    expect(problems).toContain("escalation.defects: 'from 3.18 onwards' is not a semver range");
    expect(problems.some((p) => p.startsWith("escalation.defects.match: "))).toBe(true);
  });
});
