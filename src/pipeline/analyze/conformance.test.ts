import { describe, expect, it } from "vitest";
import { AREAS } from "../../domain/taxonomy.ts";
import { loadKnowledge } from "../../knowledge/load-knowledge.ts";
import { buildDoc } from "../extract/document.ts";
import { extractFacts } from "../extract/extract-facts.ts";
import type { Analyzer } from "./analyzer.ts";
import { ANALYZERS } from "./registry.ts";
import { runAnalyzers } from "./run-analyzers.ts";

const { kb } = loadKnowledge();

function run(analyzer: Analyzer, body: string) {
  const doc = buildDoc({ body });
  const [result] = runAnalyzers(doc, extractFacts(doc), kb, [analyzer]);
  if (!result) throw new Error("no run");
  return { doc, result };
}

describe("analyzer registry", () => {
  it("has exactly one analyzer for every area of the taxonomy", () => {
    expect(ANALYZERS.map((analyzer) => analyzer.area).sort()).toEqual([...AREAS].sort());
  });
});

// The shared conformance suite: every analyzer, whatever its area, keeps these promises.
describe.each(ANALYZERS.map((analyzer) => [analyzer.area, analyzer] as const))(
  "%s analyzer",
  (area, analyzer) => {
    const own = kb.articles.filter((article) => article.area === area);

    it("returns nothing, and does not throw, on an empty or healthy ticket", () => {
      for (const body of [" ", "Thanks, all good now!", "deployment.apps/shop configured"]) {
        const { result } = run(analyzer, body);
        expect(result.error).toBeUndefined();
        expect(result.findings).toEqual([]);
      }
    });

    it("reports a mention strength between 0 and 1", () => {
      for (const body of ["nothing relevant here", own[0]?.fixtures[0]?.text ?? "x"]) {
        const { result } = run(analyzer, body);
        expect(result.mention).toBeGreaterThanOrEqual(0);
        expect(result.mention).toBeLessThanOrEqual(1);
      }
    });

    it("finds its own articles' fixtures, with evidence lines taken from the ticket", () => {
      for (const article of own) {
        for (const fixture of article.fixtures) {
          const { doc, result } = run(analyzer, fixture.text);
          const finding = result.findings.find((f) => article.codes.includes(f.code));
          expect(finding, `${article.id}: ${fixture.name}`).toBeDefined();
          for (const evidence of finding?.evidence ?? []) {
            const line = doc.lines.find((l) => l.source === evidence.source && l.line === evidence.line);
            expect(line?.text.trim()).toBe(evidence.text);
          }
        }
      }
    });

    it("proposes only codes of its own articles, with finite scores", () => {
      const text = kb.articles.flatMap((article) => article.fixtures.map((f) => f.text)).join("\n");
      const { result } = run(analyzer, text);
      const codes = new Set(own.flatMap((article) => article.codes));
      for (const finding of result.findings) {
        expect(codes.has(finding.code)).toBe(true);
        expect(Number.isFinite(finding.score)).toBe(true);
      }
    });

    it("is deterministic", () => {
      const body = own[0]?.fixtures[0]?.text ?? "x";
      expect(run(analyzer, body).result.findings).toEqual(run(analyzer, body).result.findings);
    });
  },
);

describe("runAnalyzers", () => {
  it("turns a failing analyzer into an error entry and still runs the others", () => {
    const broken: Analyzer = {
      area: "helm",
      mentions: () => 0,
      analyze: () => {
        throw new Error("boom");
      },
    };
    const doc = buildDoc({
      body: "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
    });
    const helm = ANALYZERS.find((a) => a.area === "helm") as Analyzer;
    const runs = runAnalyzers(doc, {}, kb, [broken, helm]);
    expect(runs[0]?.error).toBe("boom");
    expect(runs[0]?.findings).toEqual([]);
    expect(runs[1]?.findings.map((f) => f.code)).toContain("helm.release.operation-in-progress");
    for (const result of runs) expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });
});
