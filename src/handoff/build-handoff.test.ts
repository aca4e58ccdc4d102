import { describe, expect, it } from "vitest";
import type { TTriageResult } from "../domain/triage-result.ts";
import { buildHandoff } from "./build-handoff.ts";
import { githubIssue, GITHUB_BODY_MAX, slackMessage } from "./render.ts";

const TRIAGE: TTriageResult = {
  version: 1,
  area: "helm",
  priority: "P1",
  diagnoses: [
    {
      code: "helm.release.operation-in-progress",
      confidence: 0.91,
      article: "helm-release-operation-in-progress",
      evidence: [
        { source: "ci.log", line: 42, text: "Error: UPGRADE FAILED: another operation is in progress" },
      ],
    },
    {
      code: "helm.hook.failed",
      confidence: 0.3,
      article: "helm-hook-failed",
      evidence: [{ source: "ci.log", line: 40, text: "hook pre-upgrade failed ```x```" }],
    },
  ],
  facts: { "version.helm": "3.14.2", "impact.scope": "all production deploys", "cluster.name": "prod-eu" },
  questions: [{ fact: "output.helm-history", text: "Could you paste the output of helm history?" }],
  escalation: {
    recommended: true,
    team: "engineering",
    reason: "Known defect: locks leak. Fixed in 3.18.5.",
  },
  reply: "x".repeat(40),
  redactions: [],
};

const input = (overrides: Partial<Parameters<typeof buildHandoff>[0]> = {}) => ({
  ticket: {
    id: "t1",
    externalId: "ZD-7",
    subject: "Deploys blocked @devops",
    org: "acme",
    priority: "P1",
    area: "helm",
  },
  triage: TRIAGE,
  messages: [
    { kind: "inbound" as const, author: "customer", body: "help", createdAt: "2026-03-01T10:00:00Z" },
    {
      kind: "outbound" as const,
      author: "engineer:e1:agent",
      body: "Thanks.\n\n1. Run `helm history web`.\n2. Roll back to the last good revision.\n\nCould you send:\n\n1. The output?",
      createdAt: "2026-03-01T11:00:00Z",
    },
    {
      kind: "note" as const,
      author: "engineer:e1:agent",
      body: "Rolled back with them; still locked.",
      createdAt: "2026-03-01T12:00:00Z",
    },
  ],
  team: "engineering" as const,
  titleOf: (code: string) => (code === "helm.release.operation-in-progress" ? "Release locked" : undefined),
  ...overrides,
});

describe("buildHandoff", () => {
  it("writes every section a receiving team needs", () => {
    const { title, markdown } = buildHandoff(input());
    expect(title).toBe("[Engineering] Deploys blocked @devops (Release locked)");
    expect(markdown).toContain(
      "**Summary:** Deploys blocked @\u200bdevops — most likely **Release locked**.",
    );
    expect(markdown).toContain("Priority **P1**: production is down");
    expect(markdown).toContain("- impact.scope: all production deploys");
    // Versions first, then the other facts.
    expect(markdown.indexOf("`version.helm`: 3.14.2")).toBeLessThan(markdown.indexOf("`cluster.name`"));
    expect(markdown).toContain("ci.log:42  Error: UPGRADE FAILED");
    // A fence longer than the backticks inside the evidence.
    expect(markdown).toContain("````text\n");
    expect(markdown).toContain("note by an engineer (agent): Rolled back with them; still locked.");
    expect(markdown).toContain("Suggested to the customer: Roll back to the last good revision.");
    expect(markdown).not.toContain("Suggested to the customer: The output?");
    expect(markdown).toContain("## What the customer was told\n\n- 2026-03-01: Thanks.");
    expect(markdown).toContain("1. **Release locked** (`helm.release.operation-in-progress`, 91% confidence");
    expect(markdown).toContain("2. **helm.hook.failed** (`helm.hook.failed`, 30% confidence");
    expect(markdown).toContain("**Why escalate:** Known defect");
    expect(markdown).toContain("`output.helm-history`");
  });

  it("says plainly what is missing when there is no triage and no conversation", () => {
    const { title, markdown } = buildHandoff(input({ triage: null, messages: [], team: "security" }));
    expect(title).toBe("[Security] Deploys blocked @devops");
    expect(markdown).toContain("no known cause found yet");
    expect(markdown).toContain("No log line matched a known problem.");
    expect(markdown).toContain("No reply has been sent to the customer yet.");
    expect(markdown).toContain("Deckhand found no known cause");
  });
});

describe("rendering for GitHub and Slack", () => {
  const huge = `## Evidence\n\n\`\`\`\n${"a line of log output that goes on\n".repeat(4000)}\`\`\`\n\ntoken ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789`;

  it("keeps a GitHub body under GitHub's limit, redacted, with the marker", () => {
    const issue = githubIssue("e1", "A title", huge, ["deckhand"]);
    expect(issue.body.length).toBeLessThanOrEqual(65_536);
    expect(issue.body.length).toBeGreaterThan(GITHUB_BODY_MAX - 100);
    expect(issue.body.endsWith("<!-- deckhand:escalation:e1 -->")).toBe(true);
    expect(githubIssue("e1", "t", "token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", []).body).toContain(
      "[REDACTED:github-token]",
    );
  });

  it("splits Slack blocks under 3,000 characters, at most 50, with code blocks closed and control characters escaped", () => {
    const message = slackMessage("<!channel> title", huge, null);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.text).not.toContain("<!channel>");
    for (const block of message.blocks.filter((b) => b.type === "section")) {
      const text = block.text?.text ?? "";
      expect(text.length).toBeLessThanOrEqual(3000);
      expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
    }
    const small = slackMessage("t", "## Facts\n\n**bold** <@U123> & co", "https://github.com/a/b/issues/1");
    expect(small.blocks[1]?.elements?.[0]?.text).toContain("<https://github.com/a/b/issues/1|");
    expect(small.blocks[2]?.text?.text).toBe("*Facts*\n\n*bold* &lt;@U123&gt; &amp; co");
  });
});
