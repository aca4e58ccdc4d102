import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDigestData } from "../src/domain/digest.ts";
import { teamArticle } from "./helpers/team-article.ts";
import type { TKnowledgeGaps } from "../src/domain/gaps.ts";
import type { App } from "../src/http/app.ts";
import { HANDLERS } from "../src/jobs/handlers.ts";
import { enqueueRecurring } from "../src/jobs/schedule.ts";
import { Worker } from "../src/jobs/worker.ts";
import { approveDraft } from "../src/service/approve-draft.ts";
import { createTicket } from "../src/service/create-ticket.ts";
import type { Deps } from "../src/service/deps.ts";
import { findKnowledgeGaps } from "../src/service/find-knowledge-gaps.ts";
import { gatherDigest } from "../src/service/gather-digest.ts";
import type { Principal } from "../src/service/principal.ts";
import { rejectDraft } from "../src/service/reject-draft.ts";
import { saveTeamArticle } from "../src/service/save-team-article.ts";
import { DIGEST_JOB, digestRecurring, storeScheduledDigest } from "../src/service/store-scheduled-digest.ts";
import { createToken } from "../src/service/tokens.ts";
import { triageTicket } from "../src/service/triage-ticket.ts";
import { openTestApp } from "./helpers/app.ts";
import { createTestDatabase, openTwoDeps, type TestDatabase } from "./helpers/store.ts";

const BIN = new URL("../bin/deckhand.mjs", import.meta.url).pathname;
const LEAD: Principal = { kind: "engineer", role: "lead", tokenId: "test", engineerId: null };

const LOCKED =
  "Hi,\nour upgrade fails:\nError: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\n";
const KNOWN_HOSTS =
  "Argo CD cannot sync:\nComparisonError: rpc error: code = Unknown desc = ssh: handshake failed: knownhosts: key is unknown\n";
const GPG = (code: number, at: string) =>
  `Hello,\nour deploys to prod fail since this morning:\n${at} Error: plugin "secrets" exited with code ${code}: gpg: decryption failed: No secret key\nThanks\n`;
const PULL =
  "Image pulls fail:\nError response from daemon: pull access denied for myorg/app, repository does not exist\n";

const ARTICLE = teamArticle("team-helm-locked");

/** The week under test and the week before it. */
const PERIOD = { start: "2026-11-16T00:00:00.000Z", end: "2026-11-23T00:00:00.000Z" };

function deckhand(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

describe.each(["sqlite", "postgres"] as const)("knowledge gaps and the digest on %s", (dialect) => {
  let database: TestDatabase;
  let closeStores: (() => Promise<void>) | undefined;
  let deps: Deps;
  let other: Deps;
  let now = new Date("2026-11-10T09:00:00.000Z");
  const clock = () => now;
  const tickets: Record<string, string> = {};

  /** Ingests and triages a ticket at `at` with the real pipeline. */
  const ticket = async (name: string, body: string, at: string, org = "globex") => {
    now = new Date(at);
    const created = await createTicket(deps, {
      principal: LEAD,
      ticket: { subject: `${name} subject`, body, customer: { org } },
    });
    await triageTicket(deps, { ticketId: created.id, version: 1 });
    tickets[name] = created.id;
    return created.id;
  };
  const pendingDraft = async (ticketId: string) =>
    (
      await deps.db
        .selectFrom("drafts")
        .select("id")
        .where("ticket_id", "=", ticketId)
        .where("status", "=", "pending")
        .executeTakeFirstOrThrow()
    ).id;
  const outcome = async (
    name: string,
    verdict: "corrected" | "unexplained",
    code: string | null,
    line?: string,
  ) =>
    deps.db
      .insertInto("ticket_outcomes")
      .values({
        id: deps.ids(),
        ticket_id: tickets[name] ?? "",
        org_id: (
          await deps.db
            .selectFrom("tickets")
            .select("org_id")
            .where("id", "=", tickets[name] ?? "")
            .executeTakeFirstOrThrow()
        ).org_id,
        triage_version: 1,
        predicted_code: null,
        code,
        cause_note: null,
        verdict,
        area: null,
        key_error_line: line ?? null,
        decided_by: "engineer:test:lead",
        created_at: now.toISOString(),
      })
      .execute();

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ({ one: deps, two: other, close: closeStores } = await openTwoDeps(database, clock));
    // The week before: one locked release, one unknown SSH host key.
    await ticket("old-locked", LOCKED, "2026-11-10T09:00:00.000Z");
    await ticket("old-hosts", KNOWN_HOSTS, "2026-11-11T09:00:00.000Z");
    // The week under test.
    for (const [i, day] of ["16", "17", "18"].entries()) {
      const id = await ticket(`locked-${i}`, LOCKED, `2026-11-${day}T10:00:00.000Z`);
      now = new Date(`2026-11-${day}T11:00:00.000Z`);
      await approveDraft(deps, {
        principal: LEAD,
        ticketId: id,
        draftId: await pendingDraft(id),
        body: i === 2 ? "Hello, roll back the release first, then upgrade again. Regards" : undefined,
      });
    }
    const hosts = await ticket("hosts", KNOWN_HOSTS, "2026-11-19T09:00:00.000Z");
    await rejectDraft(deps, {
      principal: LEAD,
      ticketId: hosts,
      draftId: await pendingDraft(hosts),
      reason: "wrong-diagnosis",
    });
    await outcome("hosts", "corrected", "argocd.repo.auth-failed");
    for (const [i, at] of [
      "2026-11-19T12:00:00Z",
      "2026-11-20T08:30:12.123Z",
      "2026-11-21T23:59:59Z",
    ].entries())
      await ticket(`gpg-${i}`, GPG(i + 1, at), at, "acme");
    await rejectDraft(deps, {
      principal: LEAD,
      ticketId: tickets["gpg-0"] ?? "",
      draftId: await pendingDraft(tickets["gpg-0"] ?? ""),
      reason: "tone",
    });
    await ticket("pull", PULL, "2026-11-22T09:00:00.000Z");
    await outcome(
      "pull",
      "unexplained",
      null,
      "Error response from daemon: pull access denied for myorg/app",
    );
    now = new Date("2026-11-20T15:00:00.000Z");
    await saveTeamArticle(deps, { principal: LEAD, markdown: ARTICLE });
    await deps.db
      .insertInto("article_drafts")
      .values({
        id: deps.ids(),
        outcome_id: "outcome-1",
        ticket_id: tickets["pull"] ?? "",
        kind: "article",
        status: "approved",
        slug: "gpg-secrets-plugin",
        title: "GPG secrets plugin cannot decrypt",
        area: "helm",
        code: null,
        target_article: null,
        target_origin: null,
        reason: "unexplained",
        pattern: null,
        refused_pattern: null,
        notes: "[]",
        markdown: "---\n---\n",
        created_at: "2026-11-21T10:00:00.000Z",
        decided_at: "2026-11-21T11:00:00.000Z",
        decided_by: "engineer:test:lead",
        decision_note: null,
        article_id: "gpg-secrets-plugin",
      })
      .execute();
    for (const at of ["2026-11-21T12:00:00.000Z", "2026-11-24T12:00:00.000Z"])
      await deps.db
        .insertInto("audit_log")
        .values({
          id: deps.ids(),
          at,
          actor: "deckhand:autonomy",
          action: "autonomy.promoted",
          entity_type: "autonomy-category",
          entity_id: "c1",
          details: JSON.stringify({
            cause: "helm.release.operation-in-progress",
            actionKind: "known-fix",
            from: "draft-only",
            to: "hold-then-send",
            reason: "20 reviews, 95% accepted",
          }),
        })
        .execute();
    await deps.db
      .insertInto("audit_log")
      .values({
        id: deps.ids(),
        at: "2026-11-22T08:00:00.000Z",
        actor: "engineer:test:lead",
        action: "autonomy.policy",
        entity_type: "autonomy-policy",
        entity_id: "policy",
        details: JSON.stringify({ changes: { minReviews: { from: 20, to: 30 } } }),
      })
      .execute();
  }, 60_000);
  afterAll(async () => {
    await closeStores?.();
    await database.drop();
  });

  it("clusters the unexplained tickets of a period by their error line", async () => {
    now = new Date("2026-11-23T00:00:00.000Z");
    const gaps = await findKnowledgeGaps(deps, { principal: LEAD, since: "2026-11-16", until: "2026-11-23" });
    expect(gaps.unexplained).toBe(4);
    expect(gaps.clusters.map((c) => [c.count, c.areas.map((a) => a.area)])).toEqual([
      [3, ["other"]],
      [1, ["docker-registry"]],
    ]);
    const [gpg] = gaps.clusters;
    expect(gpg?.key).toBe("error: plugin <q> exited with code <n>: gpg: decryption failed: no secret key");
    expect(gpg?.samples.map((s) => s.id)).toEqual([tickets["gpg-2"], tickets["gpg-1"], tickets["gpg-0"]]);
    expect([gpg?.firstSeen, gpg?.lastSeen]).toEqual(["2026-11-19T12:00:00.000Z", "2026-11-21T23:59:59.000Z"]);
    // An organisation's token sees only its own tickets' gaps; the period filter applies.
    const acme = await deps.db
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", "acme")
      .executeTakeFirstOrThrow();
    const own = await findKnowledgeGaps(deps, {
      principal: { kind: "org", orgId: acme.id, tokenId: "t" },
      since: "2026-11-16",
      until: "2026-11-23",
    });
    expect(own.clusters.map((c) => c.count)).toEqual([3]);
    const before = await findKnowledgeGaps(deps, {
      principal: LEAD,
      since: "2026-11-09",
      until: "2026-11-16",
    });
    expect(before.unexplained).toBe(0);
  });

  it("gathers the digest's numbers against the previous week", async () => {
    now = new Date("2026-11-23T00:00:00.000Z");
    const data = await gatherDigest(deps, PERIOD);
    expect(data.previous).toEqual({ start: "2026-11-09T00:00:00.000Z", end: "2026-11-16T00:00:00.000Z" });
    expect([data.volume.total, data.volume.previousTotal]).toEqual([8, 2]);
    expect(data.volume.byArea).toEqual([
      { key: "helm", count: 3, previous: 1 },
      { key: "other", count: 3, previous: 0 },
      { key: "argocd", count: 1, previous: 1 },
      { key: "docker-registry", count: 1, previous: 0 },
    ]);
    // The corrected ticket counts under the engineer's code; the unexplained one under none.
    expect(data.causes).toEqual([
      { key: "helm.release.operation-in-progress", count: 3, previous: 1 },
      { key: "argocd.repo.auth-failed", count: 1, previous: 0 },
    ]);
    expect(data.drafts).toEqual([
      { area: "argocd", unchanged: 0, edited: 0, rejected: 1 },
      { area: "helm", unchanged: 2, edited: 1, rejected: 0 },
      { area: "other", unchanged: 0, edited: 0, rejected: 1 },
    ]);
    expect(data.rejectReasons).toEqual([
      { key: "tone", count: 1 },
      { key: "wrong-diagnosis", count: 1 },
    ]);
    expect(data.articles.map((a) => [a.change, a.id, a.title])).toEqual([
      ["new", "team-helm-locked", "Team note on locked Helm releases"],
      ["draft-approved", "gpg-secrets-plugin", "GPG secrets plugin cannot decrypt"],
    ]);
    expect(data.gaps.unexplained).toBe(4);
    expect(data.gaps.clusters[0]?.count).toBe(3);
    expect(data.autonomy).toEqual([
      {
        at: "2026-11-21T12:00:00.000Z",
        action: "autonomy.promoted",
        category: "helm.release.operation-in-progress / known-fix",
        summary: "draft-only → hold-then-send: 20 reviews, 95% accepted",
      },
      {
        at: "2026-11-22T08:00:00.000Z",
        action: "autonomy.policy",
        category: null,
        summary: "minReviews 20 → 30",
      },
    ]);
  });

  it("stores exactly one digest per period when two workers run the recurring job", async () => {
    const week = 7 * 86_400_000;
    now = new Date(Date.parse("2026-11-26T00:00:00.000Z") + 5_000);
    const recurring = [digestRecurring(week)];
    await Promise.all([enqueueRecurring(deps, recurring), enqueueRecurring(other, recurring)]);
    // Only the digest's handler: other jobs the tickets left behind fail and wait out their backoff.
    const handlers = {
      [DIGEST_JOB]: HANDLERS[DIGEST_JOB] ?? (() => Promise.reject(new Error("no digest job"))),
    };
    const workers = [
      new Worker(deps, { workerId: "one", handlers, pollMs: 5 }),
      new Worker(other, { workerId: "two", handlers, pollMs: 5 }),
    ];
    while ((await Promise.all(workers.map((worker) => worker.runOnce()))).some(Boolean));
    const jobs = await deps.db.selectFrom("jobs").select("status").where("kind", "=", DIGEST_JOB).execute();
    expect(jobs).toEqual([{ status: "done" }]);
    // A retried job (say, after a lease ran out) on both workers at once changes nothing.
    const payload = { periodStart: "2026-11-26T00:00:00.000Z", everyMs: week };
    await Promise.all([storeScheduledDigest(deps, payload), storeScheduledDigest(other, payload)]);
    const rows = await deps.db.selectFrom("digests").select(["period_start", "period_end", "data"]).execute();
    expect(rows.map((r) => [r.period_start, r.period_end])).toEqual([
      ["2026-11-19T00:00:00.000Z", "2026-11-26T00:00:00.000Z"],
    ]);
    const data = JSON.parse(rows[0]?.data ?? "{}") as TDigestData;
    expect(data.volume.total).toBe(5);
    const audits = await deps.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "digest.generated")
      .execute();
    expect(audits).toHaveLength(1);
  });

  it("serves gaps and digests over HTTP: leads generate, engineers read, organisations cannot", async () => {
    now = new Date("2026-11-23T00:00:00.000Z");
    const app: App = openTestApp(deps);
    const token = async (input: Parameters<typeof createToken>[1]) => (await createToken(deps, input)).token;
    const [lead, agent, org] = await Promise.all([
      token({ role: "lead" }),
      token({ role: "agent" }),
      token({ org: "acme" }),
    ]);
    const call = (method: string, path: string, bearer: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const gaps = await call("GET", "/api/v1/knowledge/gaps?since=2026-11-16&until=2026-11-23", agent);
    expect(gaps.status).toBe(200);
    expect(((await gaps.json()) as TKnowledgeGaps).clusters[0]?.count).toBe(3);
    expect((await call("GET", "/api/v1/knowledge/gaps?since=yesterday", agent)).status).toBe(400);
    expect((await call("POST", "/api/v1/digests", agent, {})).status).toBe(403);
    const created = await call("POST", "/api/v1/digests", lead, { since: "2026-11-16", until: "2026-11-23" });
    expect(created.status).toBe(201);
    const digest = (await created.json()) as { id: string; markdown: string; data: TDigestData };
    expect(digest.data.volume.total).toBe(8);
    expect(digest.markdown).toContain("| helm | 3 | 1 | ↑ +2 |");
    // Generating the same period again replaces it rather than adding one.
    expect(
      (await call("POST", "/api/v1/digests", lead, { since: "2026-11-16", until: "2026-11-23" })).status,
    ).toBe(201);
    const list = (await (await call("GET", "/api/v1/digests", agent)).json()) as {
      items: { periodEnd: string }[];
    };
    expect(list.items.map((d) => d.periodEnd)).toEqual([
      "2026-11-26T00:00:00.000Z",
      "2026-11-23T00:00:00.000Z",
    ]);
    const latest = (await (await call("GET", "/api/v1/digests/latest", agent)).json()) as {
      periodEnd: string;
    };
    expect(latest.periodEnd).toBe("2026-11-26T00:00:00.000Z");
    expect((await call("GET", `/api/v1/digests/${digest.id}`, agent)).status).toBe(200);
    expect((await call("GET", "/api/v1/digests/latest", org)).status).toBe(403);
  });

  // The command line is tested on a SQLite data directory (spawning is slow; the queries are the same).
  it.runIf(dialect === "sqlite")(
    "prints the digest from the command line as JSON and as Markdown",
    async () => {
      const env = { DATABASE_URL: "", DECKHAND_DATA_DIR: database.dataDir };
      const json = await deckhand(
        ["digest", "--since", "2026-11-16", "--until", "2026-11-23", "--format", "json"],
        env,
      );
      expect(json.stderr).toBe("");
      expect(json.code).toBe(0);
      const data = JSON.parse(json.stdout) as TDigestData;
      expect([data.volume.total, data.gaps.unexplained, data.causes[0]?.count]).toEqual([8, 4, 3]);
      const file = join(database.dataDir, "digest.md");
      const md = await deckhand(
        ["digest", "--since", "2026-11-16", "--until", "2026-11-23", "--out", file],
        env,
      );
      expect(md.code).toBe(0);
      expect(readFileSync(file, "utf8")).toContain("# Deckhand digest, 2026-11-16 to 2026-11-22");
    },
    60_000,
  );
});
