import { describe, expect, it } from "vitest";
import { extendKnowledge } from "../knowledge/extend-knowledge.ts";
import { loadHealthyCorpus } from "../knowledge/healthy-corpus.ts";
import { loadKnowledge } from "../knowledge/load-knowledge.ts";
import { parseArticle } from "../knowledge/parse-article.ts";
import { proposeSignature } from "../knowledge/signature-safety.ts";
import { proposeArticle, stepsFromReply, type LearnedEvidence } from "./propose-article.ts";
import { validateTeamArticle } from "./validate-team-article.ts";

const { kb } = loadKnowledge();
const healthy = loadHealthyCorpus();
const KEY = "Error: ledger-sync: checkpoint 9912 for shard eu-west-3b could not be sealed by the archiver";
const evidence = (over: Partial<LearnedEvidence> = {}): LearnedEvidence => ({
  ticketId: "t-1",
  verdict: "unexplained",
  code: null,
  note: "The archiver's queue was full; draining it let the checkpoint seal.",
  area: "other",
  keyLine: KEY,
  context: ["$ ledger-sync run --shard eu-west-3b", KEY],
  facts: ["error.full-message"],
  reply: "Hello,\n\n1. Drain the archiver queue with `ledger-sync drain`.\n2. Run the sync again.\n\nThanks",
  resolvedAt: "2026-01-02T10:00:00.000Z",
  ...over,
});
const TEAM = `---
id: team-archiver-backlog
title: Archiver backlog blocks ledger checkpoints
area: other
codes: [other.vendor.outage]
signatures:
  - id: learned-line
    pattern: 'archiver backlog of \\d{1,9} items'
fixtures:
  - name: key error line
    text: archiver backlog of 5000 items, refusing new checkpoints
references:
  - https://kubernetes.io/docs/home/
---

## What is happening

The archiver is behind.

## How to fix

1. Drain it.

## How to confirm

Checkpoints seal.
`;

describe("proposeArticle", () => {
  it("proposes a new article in the shipped format that validates once a reference is added", async () => {
    const proposal = await proposeArticle({
      kb,
      evidence: evidence(),
      reason: "unexplained",
      signature: proposeSignature(KEY, healthy),
      taken: new Set(),
      teamMarkdown: () => Promise.resolve(null),
    });
    expect(proposal).toMatchObject({ kind: "article", area: "other", slug: "learned-archiver-queue-full" });
    const parsed = parseArticle(
      "x.md",
      proposal.markdown.replace("references: []", "references:\n  - https://example.org/a"),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.article.steps).toEqual([
      "Drain the archiver queue with `ledger-sync drain`.",
      "Run the sync again.",
    ]);
    expect(parsed.article.fixtures.map((f) => f.text.trim())).toEqual([
      KEY,
      `$ ledger-sync run --shard eu-west-3b\n${KEY}`,
    ]);
    expect(parsed.article.facts).toEqual(["error.full-message"]);
    expect(validateTeamArticle({ kb }, proposal.markdown).problems.map((p) => p.field)).toEqual([
      "references",
    ]);
  });

  it("extends a near-duplicate team article in place instead of proposing a new one", async () => {
    const team = parseArticle("team:team-archiver-backlog.md", TEAM);
    if (!team.ok) throw new Error(JSON.stringify(team.problems));
    const proposal = await proposeArticle({
      kb: extendKnowledge(kb, [team.article]),
      evidence: evidence({ verdict: "corrected", code: "other.vendor.outage" }),
      reason: "corrected-unmatched",
      signature: proposeSignature(KEY, healthy),
      taken: new Set(),
      teamMarkdown: (id) => Promise.resolve(id === "team-archiver-backlog" ? TEAM : null),
    });
    expect(proposal).toMatchObject({
      kind: "suggestion",
      slug: "team-archiver-backlog",
      targetOrigin: "team",
    });
    const outcome = validateTeamArticle({ kb }, proposal.markdown, proposal.slug);
    expect(outcome.problems).toEqual([]);
    expect(outcome.article?.signatures.map((s) => s.id)).toEqual(["learned-line", "learned-line-2"]);
    expect(outcome.article?.fixtures.map((f) => f.name)).toEqual([
      "key error line",
      "key error line 2",
      "ticket evidence",
    ]);
    expect(outcome.article?.summary).toBe("The archiver is behind.");
  });

  it("keeps a refused signature visible, with a note, so approval can refuse it", async () => {
    const proposal = await proposeArticle({
      kb,
      evidence: evidence({ keyLine: "error: exit code 1", context: [] }),
      reason: "unexplained",
      signature: proposeSignature("error: exit code 1", healthy),
      taken: new Set(["learned-archiver-queue-full"]),
      teamMarkdown: () => Promise.resolve(null),
    });
    expect(proposal.pattern).toBeNull();
    expect(proposal.refusedPattern).toContain("exit code");
    expect(proposal.notes[0]).toMatch(/refused \(too broad/);
    expect(proposal.slug).toBe("learned-archiver-queue-full-2");
  });
});

describe("stepsFromReply", () => {
  it("takes a reply's sentences when it has no list, without greetings and sign-off", () => {
    expect(
      stepsFromReply(
        "Hi Ana,\nPlease restart the broker. Then check the lease with `kubectl get lease`.\nBest regards,\nSam",
      ),
    ).toEqual(["Please restart the broker.", "Then check the lease with `kubectl get lease`."]);
  });
});
