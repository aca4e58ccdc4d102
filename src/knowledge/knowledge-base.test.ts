import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { triage } from "../pipeline/triage.ts";
import { coverageReport } from "./coverage.ts";
import { formatProblem } from "./errors.ts";
import { loadHealthyCorpus } from "./healthy-corpus.ts";
import { loadKnowledge, SHIPPED_KNOWLEDGE_DIR } from "./load-knowledge.ts";

const { kb, problems } = loadKnowledge(SHIPPED_KNOWLEDGE_DIR, { checkFixtures: true });

describe("shipped knowledge base", () => {
  it("passes lint", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("has at least two fixtures per article and a question for every fact code", () => {
    for (const article of kb.articles) expect(article.fixtures.length, article.id).toBeGreaterThanOrEqual(2);
    for (const { fact } of kb.taxonomy.facts) expect(kb.questions.get(fact), fact).toBeTruthy();
  });

  it("has a literal prefilter that never hides a line its pattern matches", () => {
    const lines = kb.articles.flatMap((article) => article.fixtures.flatMap((fixture) => fixture.text.split(/\r?\n/)));
    let checked = 0;
    for (const signature of kb.signatures) {
      if (!signature.literals) continue;
      for (const line of lines) {
        if (!signature.regex.test(line)) continue;
        checked++;
        const lower = line.toLowerCase();
        expect(signature.literals.some((literal) => lower.includes(literal)), `${signature.article.id}#${signature.id}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(kb.articles.length);
  });

  it("never fires on healthy output", () => {
    const report = coverageReport(kb, loadHealthyCorpus());
    expect(report.negativeMatches).toEqual([]);
  });
});

// Table-driven: every fixture of every article must be diagnosed as that article's code, first.
describe.each(kb.articles.map((article) => [article.id, article] as const))("article %s", (_id, article) => {
  it.each(article.fixtures.map((fixture) => [fixture.name, fixture.text] as const))(
    "diagnoses fixture %j first",
    (_name, text) => {
      const { result } = triage({ body: text }, { kb });
      expect(article.codes).toContain(result.diagnoses[0]?.code);
      expect(result.diagnoses[0]?.evidence.length).toBeGreaterThan(0);
    },
  );
});

describe("loadKnowledge", () => {
  const dir = mkdtempSync(join(tmpdir(), "deckhand-kb-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports cross-file problems: duplicate ids, unknown codes, wrong folder, silent fixtures", () => {
    copyFileSync(join(SHIPPED_KNOWLEDGE_DIR, "taxonomy.json"), join(dir, "taxonomy.json"));
    copyFileSync(join(SHIPPED_KNOWLEDGE_DIR, "questions.yaml"), join(dir, "questions.yaml"));
    mkdirSync(join(dir, "helm"));
    const article = (id: string, code: string, area = "helm", fixture = "boom happened") => `---
id: ${id}
title: Test article
area: ${area}
codes: [${code}]
signatures: [{ id: s, pattern: 'boom' }]
references: [https://helm.sh/]
fixtures: [{ name: first, text: ${fixture} }, { name: second, text: boom again }]
---
## What is happening
x
## How to fix
1. y
## How to confirm
z
`;
    writeFileSync(join(dir, "helm", "a.md"), article("same", "helm.release.name-in-use"));
    writeFileSync(join(dir, "helm", "b.md"), article("same", "helm.release.name-in-use"));
    writeFileSync(join(dir, "helm", "c.md"), article("c", "helm.not.a-code"));
    writeFileSync(join(dir, "helm", "d.md"), article("d", "helm.release.name-in-use", "git"));
    writeFileSync(join(dir, "helm", "e.md"), article("e", "helm.release.name-in-use", "helm", "nothing here"));
    const messages = loadKnowledge(dir, { checkFixtures: true }).problems.map(formatProblem).join("\n");
    expect(messages).toMatch(/helm\/b\.md: id: id 'same' is also used by helm\/a\.md/);
    expect(messages).toMatch(/helm\/c\.md: codes: 'helm\.not\.a-code' is not a code/);
    expect(messages).toMatch(/helm\/d\.md: area: the article is in folder 'helm' but says area 'git'/);
    expect(messages).toMatch(/helm\/e\.md: fixtures\.first: no signature of this article matches/);
  });
});
