import { describe, expect, it } from "vitest";
import type { TDigestData } from "../domain/digest.ts";
import { buildDigestMarkdown, periodLabel, trend } from "./build-digest.ts";
import { escapeInline } from "./escape-markdown.ts";

const HOSTILE = "[x](https://evil.example/login) <img onerror=alert(1)> `rm -rf` | col\nnext";

const DATA: TDigestData = {
  period: { start: "2026-11-20T00:00:00.000Z", end: "2026-11-27T00:00:00.000Z" },
  previous: { start: "2026-11-13T00:00:00.000Z", end: "2026-11-20T00:00:00.000Z" },
  generatedAt: "2026-11-27T00:00:05.000Z",
  volume: {
    total: 12,
    previousTotal: 15,
    byArea: [
      { key: "helm", count: 7, previous: 3 },
      { key: "argocd", count: 3, previous: 10 },
      { key: "octopus", count: 2, previous: 2 },
      { key: "tls", count: 0, previous: 0 },
    ],
    byPriority: [{ key: "P3", count: 12, previous: 0 }],
  },
  causes: [
    { key: "helm.release.operation-in-progress", count: 5, previous: 1 },
    { key: "argocd.repo.auth-failed", count: 2, previous: 6 },
  ],
  articles: [
    {
      id: "team-helm-locked",
      title: "Locked releases",
      area: "helm",
      change: "new",
      at: "2026-11-21T10:00:00Z",
    },
    {
      id: "gpg-secrets",
      title: "GPG secrets plugin",
      area: "helm",
      change: "draft-approved",
      at: "2026-11-22T10:00:00Z",
    },
  ],
  gaps: {
    unexplained: 4,
    clusters: [
      {
        key: "error: plugin <q> exited with code <n>: gpg: decryption failed | no [secret] key",
        example: 'Error: plugin "secrets" exited with code 2: gpg: decryption failed',
        count: 3,
        firstSeen: "2026-11-20T09:00:00.000Z",
        lastSeen: "2026-11-26T09:00:00.000Z",
        areas: [{ area: "helm", count: 3 }],
        samples: [
          {
            id: "0f1e2d3c-aaaa-bbbb-cccc-000000000001",
            subject: HOSTILE,
            createdAt: "2026-11-26T09:00:00.000Z",
          },
          {
            id: "0f1e2d3c-aaaa-bbbb-cccc-000000000002",
            subject: null,
            createdAt: "2026-11-20T09:00:00.000Z",
          },
        ],
      },
    ],
  },
  autonomy: [
    {
      at: "2026-11-23T12:00:00.000Z",
      action: "autonomy.promoted",
      category: "helm.release.operation-in-progress / known-fix",
      summary: "draft-only → hold-then-send: 20 reviews, 95% accepted",
    },
  ],
  drafts: [
    { area: "argocd", unchanged: 1, edited: 2, rejected: 1 },
    { area: "helm", unchanged: 4, edited: 1, rejected: 2 },
  ],
  rejectReasons: [
    { key: "wrong-diagnosis", count: 2 },
    { key: "tone", count: 1 },
  ],
};

describe("buildDigestMarkdown", () => {
  const markdown = buildDigestMarkdown(DATA);
  const lines = markdown.split("\n");

  it("titles the period by its first and last day and names the comparison", () => {
    expect(lines[0]).toBe("# Deckhand digest, 2026-11-20 to 2026-11-26");
    expect(markdown).toContain("Compared with the previous 7 days (2026-11-13 to 2026-11-19).");
  });

  it("shows volume with counts and trend arrows", () => {
    expect(markdown).toContain("**12 tickets** (↓ -3; 15 before).");
    expect(lines).toContain("| helm | 7 | 3 | ↑ +4 |");
    expect(lines).toContain("| argocd | 3 | 10 | ↓ -7 |");
    expect(lines).toContain("| octopus | 2 | 2 | → |");
    expect(lines).toContain("| P3 | 12 | 0 | new |");
  });

  it("lists root causes with their trend", () => {
    expect(lines).toContain("| helm.release.operation-in-progress | 5 | 1 | ↑ +4 |");
    expect(lines).toContain("| argocd.repo.auth-failed | 2 | 6 | ↓ -4 |");
  });

  it("lists new articles and approved drafts", () => {
    expect(lines).toContain("- New: Locked releases (team-helm-locked, helm)");
    expect(lines).toContain("- Approved draft: GPG secrets plugin (gpg-secrets, helm)");
  });

  it("lists knowledge gaps with counts, areas and sample tickets", () => {
    expect(markdown).toContain("4 tickets nothing explained.");
    expect(lines).toContain(
      "1. **3 tickets** (helm): error: plugin \\<q\\> exited with code \\<n\\>: gpg: decryption failed \\| no \\[secret\\] key",
    );
    expect(markdown).toMatch(/seen 2026-11-20 to 2026-11-26; tickets 0f1e2d3c, 0f1e2d3c, latest: "/);
  });

  it("escapes a hostile subject: no link, no HTML, no code span, no table cell, one line", () => {
    const line = lines.find((l) => l.includes("latest:")) ?? "";
    expect(line).toContain('latest: "\\[x\\](https\\[:\\]//evil.example/login) \\<img onerror=alert(1)\\>');
    expect(line).toContain("\\`rm -rf\\` \\| col next");
    expect(line).not.toMatch(/(?<!\\)[[<`|]/);
    expect(markdown).not.toContain("https://evil");
  });

  it("reports autonomy changes and draft decisions per area with totals and reasons", () => {
    expect(lines).toContain(
      "- 2026-11-23 autonomy.promoted (helm.release.operation-in-progress / known-fix): draft-only → hold-then-send: 20 reviews, 95% accepted",
    );
    expect(lines).toContain("| helm | 4 | 1 | 2 |");
    expect(lines).toContain("| **All** | 5 | 3 | 3 |");
    expect(lines).toContain("Rejected because: wrong-diagnosis 2, tone 1.");
  });

  it("says so when a section is empty, and contains no HTML", () => {
    const empty = buildDigestMarkdown({
      ...DATA,
      volume: { total: 0, previousTotal: 0, byArea: [], byPriority: [] },
      causes: [],
      articles: [],
      gaps: { unexplained: 0, clusters: [] },
      autonomy: [],
      drafts: [],
      rejectReasons: [],
    });
    expect(empty).toContain("**0 tickets** (→; 0 before).");
    expect(empty).toContain("Every ticket had an explanation.");
    expect(empty).toContain("_No changes._");
    expect(empty).toContain("_No drafts were decided._");
    expect(markdown).not.toMatch(/(?<!\\)<[a-z/]/i);
  });
});

describe("digest helpers", () => {
  it("trend says up, down, same or new", () => {
    expect([trend(5, 2), trend(2, 5), trend(3, 3), trend(4, 0), trend(0, 0)]).toEqual([
      "↑ +3",
      "↓ -3",
      "→",
      "new",
      "→",
    ]);
  });

  it("labels a one-day period by its day", () => {
    expect(periodLabel({ start: "2026-11-20T00:00:00.000Z", end: "2026-11-21T00:00:00.000Z" })).toBe(
      "2026-11-20",
    );
  });

  it("bounds escaped text and strips control and bidi characters", () => {
    const text = escapeInline(`${"a".repeat(300)}\u202e\u0007`, 50);
    expect(text).toHaveLength(50);
    expect(text.endsWith("…")).toBe(true);
    expect(escapeInline("ok\u202egnp.exe\u0007")).toBe("ok gnp.exe");
    expect(escapeInline("see www.evil.example")).toBe("see www[.]evil.example".replace(/[[\]]/g, "\\$&"));
  });
});
