import { describe, expect, it } from "vitest";
import type { TArticle } from "../domain/article.ts";
import { replayLine, replayTrust } from "../eval/replay-trust.ts";
import { buildKnowledgeBase } from "../knowledge/knowledge-base.ts";
import { loadKnowledge } from "../knowledge/load-knowledge.ts";
import { parseArticle } from "../knowledge/parse-article.ts";
import { triage } from "../pipeline/triage.ts";
import { articleTrust, buildTrust } from "./build-trust.ts";
import { contributionsOf, observeOutcome, signatureRef } from "./contributions.ts";
import { addObservations, learnTrust, recordedCode } from "./learn-trust.ts";
import { applyChanges, countChanges, countKey } from "./trust-counts.ts";
import { estimateTrust, MAX_MULTIPLIER, MIN_MULTIPLIER } from "./trust-estimate.ts";

const shipped = loadKnowledge().kb;

const article = (id: string, area: string, code: string, signature: string, weight: number): TArticle => {
  const parsed = parseArticle(
    `${id}.md`,
    `---
id: ${id}
title: Test article ${id}
area: ${area}
codes: [${code}]
signatures:
  - id: line
    pattern: '${signature}'
    weight: ${weight}
references:
  - https://example.com/docs
fixtures:
  - name: one
    text: ${signature}
  - name: two
    text: again ${signature}
---

## What is happening

Something specific.

## How to fix

1. Fix it.

## How to confirm

It works.
`,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.article;
};

// A signature that fires on the consequence many causes share, and one that names the cause.
const noisy = article(
  "connection-reset",
  "network",
  "network.firewall.blocked",
  "connection reset by peer",
  0.9,
);
const specific = article(
  "tls-old-protocol",
  "tls",
  "tls.protocol.version-mismatch",
  "unsupported protocol",
  0.8,
);
const kb = buildKnowledgeBase(shipped.taxonomy, [noisy, specific]);
const ticket = (n: number) => ({
  body: `Deploy ${n} fails:\nSSL routines: unsupported protocol\nread: connection reset by peer`,
});

describe("trust estimate", () => {
  it("is exactly neutral without outcomes and moves with them, within bounds", () => {
    expect(estimateTrust({ fired: 0, right: 0 }, 0.9)).toMatchObject({ estimate: 0.9, multiplier: 1 });
    const wrong = estimateTrust({ fired: 4, right: 0 }, 0.9);
    expect(wrong.estimate).toBeCloseTo((8 * 0.9) / 12, 10);
    expect(wrong.multiplier).toBeLessThan(1);
    expect(estimateTrust({ fired: 1000, right: 0 }, 0.9).multiplier).toBe(MIN_MULTIPLIER);
    expect(estimateTrust({ fired: 1000, right: 1000 }, 0.2).multiplier).toBe(MAX_MULTIPLIER);
    expect(estimateTrust({ fired: 10, right: 10 }, 0.9).multiplier).toBeGreaterThan(1);
  });

  it("leaves every shipped fixture's triage exactly as it was when nothing was learned", () => {
    const trust = buildTrust(shipped, new Map());
    for (const fixture of shipped.articles.flatMap((a) => a.fixtures).filter((_, i) => i % 3 === 0))
      expect(triage({ body: fixture.text }, { kb: shipped, trust }).result).toEqual(
        triage({ body: fixture.text }, { kb: shipped }).result,
      );
  });
});

describe("learning from outcomes", () => {
  it("counts each proposal right only when its code is the confirmed one; no code makes all wrong", () => {
    const found = triage(ticket(0), { kb }).runs.flatMap((run) => run.findings);
    expect(contributionsOf(found, "tls.protocol.version-mismatch")).toEqual([
      { kind: "signature", ref: signatureRef("connection-reset", "line"), right: false },
      { kind: "signature", ref: signatureRef("tls-old-protocol", "line"), right: true },
    ]);
    expect(contributionsOf(found, null).every((c) => !c.right)).toBe(true);
  });

  it("takes back a replaced outcome's contribution, so re-resolving never counts twice", () => {
    const confirmed = observeOutcome(kb, ticket(1), "network.firewall.blocked");
    const corrected = observeOutcome(kb, ticket(1), "tls.protocol.version-mismatch");
    const once = addObservations(new Map(), confirmed);
    const replaced = applyChanges(once, countChanges(confirmed, corrected));
    expect(replaced).toEqual(addObservations(new Map(), corrected));
    expect(countChanges(corrected, corrected).size).toBe(0);
    expect(replaced.get(countKey("signature", "connection-reset/line"))).toEqual({ fired: 1, right: 0 });
  });

  it("demotes a noisy signature after replayed outcomes, and its article drops below the real cause", () => {
    const before = triage(ticket(99), { kb }).result.diagnoses;
    expect(before.map((d) => d.article)).toEqual(["connection-reset", "tls-old-protocol"]);
    const outcomes = [1, 2, 3, 4, 5, 6].map((n) => ({
      ticket: ticket(n),
      code: "tls.protocol.version-mismatch",
    }));
    const counts = learnTrust(kb, outcomes);
    const trust = articleTrust(noisy, counts);
    expect(trust.signatures[0]).toMatchObject({ id: "line", fired: 6, right: 0 });
    expect(trust.signatures[0]?.multiplier).toBeLessThan(0.75);
    expect(articleTrust(specific, counts).signatures[0]).toMatchObject({ fired: 6, right: 6 });
    const after = triage(ticket(99), { kb, trust: buildTrust(kb, counts) }).result.diagnoses;
    expect(after.map((d) => d.article)).toEqual(["tls-old-protocol", "connection-reset"]);
    expect(after[1]?.confidence).toBeLessThan(before[0]?.confidence ?? 0);
  });

  it("records what an engineer would: Deckhand's code when it is right, else the labelled one", () => {
    expect(recordedCode("a.b.c", ["x.y.z", "a.b.c"])).toBe("a.b.c");
    expect(recordedCode("a.b.c", ["x.y.z"])).toBe("x.y.z");
    expect(recordedCode(undefined, ["x.y.z"])).toBe("x.y.z");
  });

  it("replays labelled cases fold by fold: each fold ranks with trust learned from the others", () => {
    const cases = [...Array(10).keys()].map((n) => ({
      id: `case-${n}`,
      ticket: ticket(n).body,
      area: "tls" as const,
      alt_areas: [],
      codes: ["tls.protocol.version-mismatch"],
      missing_fact_codes: [],
      product_bug: false,
      priority: "P3" as const,
    }));
    const report = replayTrust(cases, kb, 5);
    expect(report.before.top1).toBe(0);
    expect(report.after.top1).toBe(1);
    expect(report.fixed).toHaveLength(10);
    expect(replayLine(report)).toMatch(/^replay: top1 0\.0% -> 100\.0% {2}top3 100\.0% -> 100\.0%/);
  });
});
