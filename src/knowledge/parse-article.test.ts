import { describe, expect, it } from "vitest";
import { formatProblem } from "./errors.ts";
import { parseArticle } from "./parse-article.ts";

const VALID = `---
id: demo-article
title: A demo problem
area: helm
codes: [helm.release.operation-in-progress]
signatures:
  - id: demo
    pattern: 'demo error (?<thing>\\w+)'
references: [https://helm.sh/docs/]
fixtures:
  - name: one
    text: demo error one
  - name: two
    text: demo error two
---

## What is happening

Something demo.

## How to fix

1. Do the first thing.
2. Do the {{thing|second}} thing,
   over two lines.

## How to confirm

It works.
`;

describe("parseArticle", () => {
  it("reads frontmatter, defaults and body sections", () => {
    const outcome = parseArticle("helm/demo.md", VALID);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.signatures[0]).toMatchObject({ flags: "i", kind: "error", weight: 0.8 });
    expect(outcome.article.steps).toEqual(["Do the first thing.", "Do the {{thing|second}} thing, over two lines."]);
    expect(outcome.article.summary).toBe("Something demo.");
    expect(outcome.article.escalation).toMatchObject({ team: "engineering", onRegression: "defect" });
  });

  it("names the file, line and field of a schema problem, with an example", () => {
    const outcome = parseArticle("helm/demo.md", VALID.replace("codes: [helm.release.operation-in-progress]", "codes: []"));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const message = formatProblem(outcome.problems[0] as never);
    expect(message).toMatch(/^helm\/demo\.md:5: codes: /);
    expect(message).toContain("for example:");
  });

  it("reports invalid YAML with its line", () => {
    const outcome = parseArticle("x.md", VALID.replace("title: A demo problem", "title: [unclosed"));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]?.message).toMatch(/invalid YAML/);
    expect(outcome.problems[0]?.line).toBeGreaterThan(1);
  });

  it("rejects unknown fields, so typos do not pass silently", () => {
    const outcome = parseArticle("x.md", VALID.replace("area: helm", "area: helm\nseverity: high"));
    expect(outcome.ok).toBe(false);
  });

  it("requires the frontmatter and the three body sections", () => {
    expect(parseArticle("x.md", "# no frontmatter").ok).toBe(false);
    const noSteps = parseArticle("x.md", VALID.replace(/## How to fix[\s\S]*?## How to confirm/, "## How to confirm"));
    expect(noSteps.ok).toBe(false);
    if (!noSteps.ok) expect(noSteps.problems.map((p) => p.message).join()).toMatch(/How to fix/);
  });
});
