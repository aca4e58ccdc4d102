import { describe, expect, it } from "vitest";
import type { TArticle } from "../domain/article.ts";
import { backtrackingRisk } from "./backtracking.ts";
import { extendKnowledge } from "./extend-knowledge.ts";
import { generaliseLine, templateOf } from "./generalise-signature.ts";
import { loadHealthyCorpus } from "./healthy-corpus.ts";
import { loadKnowledge } from "./load-knowledge.ts";
import { findNearDuplicate } from "./near-duplicate.ts";
import { proposeSignature, signatureRisk } from "./signature-safety.ts";

const healthy = loadHealthyCorpus();
const { kb } = loadKnowledge();

/** One failure as two customers pasted it: only the variable parts differ. */
const PAIRS: [string, string, string][] = [
  [
    "timestamp, tenant id, IP with port and number",
    "2024-05-14T09:12:44.118Z ERROR quota-broker: lease renewal for tenant-4f9a2c rejected by ledger at 10.42.7.19:8443: generation 1842 is stale",
    "2026-01-02T23:59:01Z ERROR quota-broker: lease renewal for tenant-b81e07 rejected by ledger at 172.20.3.201:9443: generation 7 is stale",
  ],
  [
    "klog header, pod name, quoted namespace, host",
    'E0514 09:12:44.118234   12345 reflector.go:123] pod "shop-api-7d9c6b5f4d-2xkqz" in namespace "shop": ledger sidecar could not reach vault.corp.example.com',
    'I1120 10:22:33.000001   9 reflector.go:88] pod "billing-worker-5c8f7b6d9-q7wzx" in namespace "billing-prod": ledger sidecar could not reach secrets.internal',
  ],
  [
    "uuid, digest and a URL",
    "task 0b6f1c9e-2d3a-4c5b-8e7f-9a0b1c2d3e4f failed: image sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 rejected by https://registry.example.com/v2/shop/api",
    "task 7d0e4b1a-9c8f-4e2d-a1b3-c5d7e9f1a2b4 failed: image sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae rejected by https://harbor.internal/v2/x",
  ],
  [
    "a secret already redacted",
    "vault login for role deploy-bot failed: token [REDACTED:vault-token] is expired since 36h",
    "vault login for role deploy-bot failed: token hvs_abc is expired since 2d",
  ],
];

describe("generaliseLine", () => {
  it.each(PAIRS)("%s: the variable parts become bounded classes", (_name, line, variant) => {
    const { pattern, template } = generaliseLine(line);
    expect(template).toMatch(/<(?:n|ip|q|host|uuid|digest|url|secret|podname)>/);
    expect(backtrackingRisk(pattern)).toBeNull();
    // Every repetition has an upper bound: no * or + outside character classes.
    expect(pattern.replace(/\[(?:\\.|[^\]\\])*\]/g, "")).not.toMatch(/(?<!\\)[*+]/);
    const regex = new RegExp(pattern, "iu");
    expect(regex.test(line)).toBe(true);
    expect(regex.test(variant)).toBe(true);
    // The stable words stay literal: another message does not match.
    expect(regex.test(variant.replace(/rejected|could not reach|expired/, "accepted"))).toBe(false);
  });

  it("drops the leading timestamp and level noise and keeps a bounded core of a long line", () => {
    expect(templateOf("[2024-05-14 09:12:44,118] [<n>] quota check failed for 12 pods")).toBe(
      "quota check failed for <n> pods",
    );
    const long = generaliseLine(`fatal: ${"word ".repeat(200)}`);
    expect(long.template.length).toBeLessThanOrEqual(200);
  });

  it("escapes regular-expression syntax in the literal text", () => {
    const { pattern } = generaliseLine("Error: values (a|b) [x] {y} + * ? ^ $ / \\ must be set");
    expect(new RegExp(pattern, "iu").test("Error: values (a|b) [x] {y} + * ? ^ $ / \\ must be set")).toBe(true);
  });
});

describe("the safety check", () => {
  it("refuses patterns with too few literal characters", () => {
    const proposed = proposeSignature("error: exit code 1", healthy);
    expect(proposed.ok).toBe(false);
    expect(proposed.ok ? "" : proposed.reason).toMatch(/too broad/);
  });

  it("refuses patterns that match a line of the healthy corpus", () => {
    const line = 'Release "shop-api" has been upgraded. Happy Helming!';
    expect(healthy.some((sample) => sample.text.includes(line))).toBe(true);
    const proposed = proposeSignature(line.replace("shop-api", "billing"), healthy);
    expect(proposed.ok).toBe(false);
    expect(proposed.ok ? "" : proposed.reason).toMatch(/matches a healthy log: [\w-]+\.log:\d+/);
  });

  it("refuses nested unbounded repetition and patterns that miss their own line", () => {
    expect(signatureRisk({ pattern: "(lease \\w+)+ stale", line: "x", healthy })).toMatch(/nested repetition/);
    expect(signatureRisk({ pattern: "lease renewal rejected by ledger", line: "something else", healthy })).toMatch(
      /does not match/,
    );
  });

  it("falls back to flexible whitespace for padded columns", () => {
    const line = "Warning  FailedMount  3m  kubelet  quota-broker volume lease expired on node ip-10-0-1-12.ec2.internal";
    const proposed = proposeSignature(line, healthy);
    expect(proposed.ok).toBe(true);
    expect(proposed.pattern).toContain("\\s{1,40}");
    expect(new RegExp(proposed.pattern, "iu").test(line.replace(/ {2}/g, "\t"))).toBe(true);
  });
});

describe("near duplicates", () => {
  it("finds the article of the same code, the team's own first", () => {
    const shipped = kb.articles.find((a) => a.codes[0] === "helm.release.operation-in-progress") as TArticle;
    expect(findNearDuplicate(kb, { code: "helm.release.operation-in-progress", text: "" })).toMatchObject({
      article: { id: shipped.id },
      by: "code",
    });
    const team: TArticle = { ...shipped, id: "team-helm-lock", source: "team:team-helm-lock.md" };
    const merged = extendKnowledge(kb, [team]);
    expect(findNearDuplicate(merged, { code: "helm.release.operation-in-progress", text: "" })?.article.id).toBe(
      "team-helm-lock",
    );
  });

  it("finds an article whose words cover most of the proposal, and none for an unrelated one", () => {
    const shipped = kb.articles.find((a) => a.codes[0] === "helm.release.operation-in-progress") as TArticle;
    const found = findNearDuplicate(kb, { code: null, text: `${shipped.title}. ${shipped.summary.slice(0, 200)}` });
    expect(found).toMatchObject({ article: { id: shipped.id }, by: "similarity" });
    expect(found?.score).toBeGreaterThanOrEqual(0.6);
    expect(
      findNearDuplicate(kb, {
        code: null,
        text: "quota-broker sidecar kept a stale ledger lease after failover; lease renewal for tenant rejected by ledger",
      }),
    ).toBeNull();
  });
});
