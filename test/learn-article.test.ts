import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeKnowledgeFiles } from "../src/cli/commands/kb-export.ts";
import type { z } from "zod";
import type { ZArticleDraft, ZArticleExport } from "../src/domain/article-draft.ts";
import type { App } from "../src/http/app.ts";
import { HANDLERS } from "../src/jobs/handlers.ts";
import { Worker } from "../src/jobs/worker.ts";
import { loadKnowledge, SHIPPED_KNOWLEDGE_DIR } from "../src/knowledge/load-knowledge.ts";
import type { Deps, Logger } from "../src/service/deps.ts";
import { liveKnowledge } from "../src/service/live-knowledge.ts";
import { createToken } from "../src/service/tokens.ts";
import { openTestApp } from "./helpers/app.ts";
import { envFor } from "./helpers/server-process.ts";
import { createTestDatabase, openTwoDeps, type TestDatabase } from "./helpers/store.ts";

const BIN = new URL("../bin/deckhand.mjs", import.meta.url).pathname;

/** Runs the real CLI against the test database. */
function deckhand(
  args: string[],
  database: TestDatabase,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: envFor(database),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// A made-up but realistic failure of an in-house admission sidecar: no shipped signature knows it.
const brokerLine = (at: string, tenant: string, ip: string, generation: number) =>
  `${at} ERROR quota-broker: lease renewal for tenant-${tenant} rejected by ledger at ${ip}:8443: generation ${generation} is stale`;
const BROKER_TICKET = [
  "Hi, since this morning every deploy to prod hangs and then fails. From the pod log:",
  "2024-05-14T09:12:43.002Z INFO quota-broker: starting renewal loop",
  brokerLine("2024-05-14T09:12:44.118Z", "4f9a2c", "10.42.7.19", 1842),
  "2024-05-14T09:12:44.120Z INFO quota-broker: retrying in 5s",
  "Nothing changed on our side. Can you help?",
].join("\n");
const BROKER_AGAIN = [
  "Our deployments to staging are stuck, the sidecar prints:",
  brokerLine("2024-06-02T17:40:05.931Z", "b81e07", "172.20.3.201", 77),
].join("\n");
const BROKER_NOTE =
  "The quota-broker admission sidecar kept a stale ledger lease after a failover; restarting the broker renewed it.";
const BROKER_REPLY = [
  "Hi,",
  "",
  "1. Restart the quota-broker sidecar: `kubectl rollout restart deployment/quota-broker -n platform`.",
  "2. Check that the lease was renewed: `kubectl get lease -n platform quota-broker`.",
  "",
  "Best regards",
].join("\n");
const CHOSEN_CODE = "k8s.admission.policy-denied";
const REFERENCE = "https://kubernetes.io/docs/concepts/architecture/leases/";

// A reworded Helm lock message (made up): the shipped Helm article's signatures do not match it.
const lockLine = (release: string, revision: number, at: string) =>
  `Error: UPGRADE FAILED: release ${release} is held by revision ${revision} (pending-upgrade since ${at}), refusing to continue`;
const LOCK_CODE = "helm.release.operation-in-progress";

type Body = Record<string, unknown>;
type Triage = { diagnoses: { code: string; article: string }[] };
type ArticleDraft = z.infer<typeof ZArticleDraft>;
type ArticleExport = z.infer<typeof ZArticleExport>;

const silent: Logger = { info: () => undefined, error: () => undefined };

describe.each(["sqlite", "postgres"] as const)("learning articles from resolved tickets on %s", (dialect) => {
  let database: TestDatabase;
  let closeStores: (() => Promise<void>) | undefined;
  let deps: Deps;
  /** A second server process: its own store, its own knowledge cache. */
  let other: Deps;
  let app: App;
  let otherApp: App;
  let admin: string;
  let now = Date.parse("2024-05-14T10:00:00Z");
  const clock = () => new Date(now);
  const tick = () => (now += 60_000);
  const errors: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const opened = await openTwoDeps(database, clock);
    closeStores = opened.close;
    deps = opened.one;
    other = {
      ...opened.two,
      log: { ...silent, error: (message, fields) => errors.push(`${message} ${JSON.stringify(fields)}`) },
    };
    app = openTestApp(deps);
    otherApp = openTestApp(other);
    admin = (await createToken(deps, { role: "admin" })).token;
  });
  afterAll(async () => {
    await closeStores?.();
    await database.drop();
  });

  const call = async (method: string, path: string, body?: unknown, via: App = app) => {
    tick();
    const response = await via.request(path, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Body };
  };
  const ingest = async (externalId: string, body: string, via: App = app) => {
    const created = await call(
      "POST",
      "/api/v1/tickets",
      { externalId, subject: "Deploys fail", body, customer: { org: "acme" } },
      via,
    );
    expect(created.status).toBe(201);
    return {
      id: created.body.id as string,
      diagnoses: ((created.body.triage as Triage | null)?.diagnoses ?? []) as {
        code: string;
        article: string;
      }[],
    };
  };
  const replyAndResolve = async (ticketId: string, reply: string, outcome: Record<string, string>) => {
    const ticket = await call("GET", `/api/v1/tickets/${ticketId}`);
    const draftId = (ticket.body.drafts as { id: string }[]).at(-1)?.id;
    expect((await call("POST", `/api/v1/tickets/${ticketId}/approve`, { draftId, body: reply })).status).toBe(
      200,
    );
    const resolved = await call("POST", `/api/v1/tickets/${ticketId}/resolve`, outcome);
    expect(resolved.status).toBe(200);
  };
  const drainJobs = async () => {
    const worker = new Worker(deps, { workerId: "w", handlers: HANDLERS, pollMs: 10 });
    for (let i = 0; i < 50 && (await worker.runOnce()); i++);
  };
  const pendingDrafts = async () =>
    (await call("GET", "/api/v1/kb/drafts?status=pending")).body.items as {
      id: string;
      kind: string;
      ticketId: string;
    }[];

  it("learns an article from an unexplained ticket, and once approved diagnoses the next such ticket", async () => {
    // The other process triages first, so it holds a knowledge base from before the approval.
    const first = await ingest("broker-1", BROKER_TICKET, otherApp);
    expect(first.diagnoses.map((d) => d.code)).not.toContain(CHOSEN_CODE);
    await replyAndResolve(first.id, BROKER_REPLY, { verdict: "unexplained", note: BROKER_NOTE });
    await drainJobs();
    await drainJobs(); // safe to run twice: still one proposal
    const drafts = (await pendingDrafts()).filter((d) => d.ticketId === first.id);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: "article", reason: "unexplained" });
    const draft = (await call("GET", `/api/v1/kb/drafts/${drafts[0]?.id}`)).body as ArticleDraft;
    // The shipped format: the fix from the reply, the facts, the ticket's redacted lines as fixtures.
    expect(draft.markdown).toContain("kubectl rollout restart deployment/quota-broker -n platform");
    expect(draft.markdown).toContain("name: key error line");
    expect(draft.markdown).toContain("tenant-4f9a2c");
    expect(draft.markdown).toMatch(/references: \[\]/);
    expect(draft.pattern).toContain("lease renewal for tenant-");
    expect(draft.pattern).not.toContain("4f9a2c");
    expect(draft.problems.map((p) => p.field)).toContain("references");
    expect(draft.notes.join(" ")).toMatch(/nearest by wording/);

    // As proposed it lacks a reference: refused, and nothing is saved.
    const refused = await call("POST", `/api/v1/kb/drafts/${draft.id}/approve`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/references/);
    const edited = draft.markdown
      .replace(/references: \[\]/, `references:\n  - ${REFERENCE}`)
      .replace(/codes:\n {2}- \S+/, `codes:\n  - ${CHOSEN_CODE}`)
      .replace(/^area: \S+/m, "area: kubernetes");
    const approved = await call("POST", `/api/v1/kb/drafts/${draft.id}/approve`, { markdown: edited });
    expect(approved.status).toBe(200);
    expect(approved.body).toEqual({ articleId: draft.slug, created: true });
    expect((await call("POST", `/api/v1/kb/drafts/${draft.id}/approve`, {})).status).toBe(409);

    // The very next triage, on the other process, uses it: different time, tenant, IP and generation.
    const next = await ingest("broker-2", BROKER_AGAIN, otherApp);
    expect(next.diagnoses[0]).toMatchObject({ code: CHOSEN_CODE, article: draft.slug });
    const audit = await deps.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", draft.id)
      .execute();
    expect(audit.map((row) => row.action).sort()).toEqual([
      "article-draft.approved",
      "article-draft.created",
    ]);
  });

  it("turns a corrected ticket whose code has an article into a suggestion for that article", async () => {
    const ticket = await ingest(
      "lock-1",
      `helm upgrade shop ./chart\n${lockLine("shop-api", 42, "2024-05-14T09:12:44Z")}`,
    );
    expect(ticket.diagnoses[0]?.code).not.toBe(LOCK_CODE);
    await replyAndResolve(ticket.id, "Run `helm rollback shop-api 41` and upgrade again.", {
      verdict: "corrected",
      code: LOCK_CODE,
    });
    await drainJobs();
    const suggestion = (await pendingDrafts()).find((d) => d.ticketId === ticket.id);
    expect(suggestion).toMatchObject({
      kind: "suggestion",
      targetArticle: "helm-release-operation-in-progress",
      targetOrigin: "shipped",
      reason: "corrected-unmatched",
    });
    const detail = (await call("GET", `/api/v1/kb/drafts/${suggestion?.id}`)).body as ArticleDraft;
    expect(detail.problems).toEqual([]);
    const approved = await call("POST", `/api/v1/kb/drafts/${suggestion?.id}/approve`, {});
    expect(approved.status).toBe(200);
    const next = await ingest("lock-2", lockLine("billing-worker", 7, "2024-06-01T23:01:09Z"), otherApp);
    expect(next.diagnoses[0]).toMatchObject({ code: LOCK_CODE, article: approved.body.articleId });
  });

  it("rejects a proposal with a reason, and only leads decide", async () => {
    const ticket = await ingest(
      "broker-3",
      "Our CI fails:\nERROR ledger-sync: checkpoint 9912 for shard eu-west-3b could not be sealed by the archiver",
    );
    await replyAndResolve(ticket.id, "We resealed the checkpoint on our side.", {
      verdict: "unexplained",
      note: "Archiver backlog on the vendor side.",
    });
    await drainJobs();
    const proposal = (await pendingDrafts()).find((d) => d.ticketId === ticket.id);
    expect(proposal).toBeDefined();
    const agent = (await createToken(deps, { role: "agent" })).token;
    const forbidden = await app.request(`/api/v1/kb/drafts/${proposal?.id}/reject`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${agent}` },
      body: JSON.stringify({ reason: "not ours" }),
    });
    expect(forbidden.status).toBe(403);
    expect(
      (
        await call("POST", `/api/v1/kb/drafts/${proposal?.id}/reject`, {
          reason: "A vendor outage, not a problem to document.",
        })
      ).status,
    ).toBe(200);
    const after = (await call("GET", `/api/v1/kb/drafts/${proposal?.id}`)).body;
    expect(after).toMatchObject({
      status: "rejected",
      decisionNote: "A vendor outage, not a problem to document.",
    });
  });

  it("skips a team article that no longer validates without breaking triage", async () => {
    await deps.db
      .insertInto("articles")
      .values({
        id: deps.ids(),
        slug: "broken",
        markdown: "---\nid: broken\n---\nnot an article",
        author: "test",
        created_at: clock().toISOString(),
        updated_at: clock().toISOString(),
      })
      .execute();
    const kb = await liveKnowledge(other);
    expect(kb.byId.has("broken")).toBe(false);
    expect(kb.articles.length).toBe(other.kb.articles.length + 2);
    expect(errors.some((line) => line.includes("team article skipped") && line.includes("broken"))).toBe(
      true,
    );
    const next = await ingest("broker-4", BROKER_AGAIN.replace("b81e07", "c0ffee"), otherApp);
    expect(next.diagnoses[0]?.code).toBe(CHOSEN_CODE);
    // The export leaves it out too, and says so.
    const exported = (await call("GET", "/api/v1/kb/export")).body as ArticleExport;
    expect(exported.skipped.map((s) => s.id)).toEqual(["broken"]);
    await deps.db.deleteFrom("articles").where("slug", "=", "broken").execute();
  });

  it("exports approved articles as files that pass the knowledge loader's checks", async () => {
    const exported = (await call("GET", "/api/v1/kb/export")).body as {
      items: { path: string; markdown: string }[];
    };
    expect(exported.items.map((item) => item.path).sort()).toEqual([
      "helm/helm-release-operation-in-progress-team.md",
      expect.stringMatching(/^kubernetes\/learned-quota-broker-[a-z0-9-]+\.md$/),
    ]);
    const dir = mkdtempSync(join(tmpdir(), "deckhand-export-"));
    try {
      // `deckhand kb export` into a copy of the shipped folder: the same files, and the folder loads clean.
      cpSync(SHIPPED_KNOWLEDGE_DIR, dir, { recursive: true });
      const run = await deckhand(["kb", "export", dir], database);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("2 team articles written");
      for (const item of exported.items)
        expect(readFileSync(join(dir, item.path), "utf8")).toBe(item.markdown);
      const { kb, problems } = loadKnowledge(dir, { checkFixtures: true });
      expect(problems).toEqual([]);
      expect(kb.articles.length).toBe(deps.kb.articles.length + exported.items.length);
      // Nothing is overwritten without --force.
      expect(() => writeKnowledgeFiles(dir, exported.items, { force: false })).toThrow(
        /2 file\(s\) exist .*--force/,
      );
      writeKnowledgeFiles(dir, [{ ...exported.items[0]!, markdown: "changed" }], { force: true });
      expect(readFileSync(join(dir, exported.items[0]!.path), "utf8")).toBe("changed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
