import { createHmac } from "node:crypto";
import * as chrono from "chrono-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/http/app.ts";
import { HANDLERS, RECURRING } from "../src/jobs/handlers.ts";
import { enqueueRecurring } from "../src/jobs/schedule.ts";
import { Worker } from "../src/jobs/worker.ts";
import type { Deps, Logger } from "../src/service/deps.ts";
import { createToken } from "../src/service/tokens.ts";
import type { Store } from "../src/store/dialect.ts";
import { openTestApp } from "./helpers/app.ts";
import { FakeGithubAndSlack } from "./helpers/fake-github-slack.ts";
import { createTestDatabase, openTestDeps, type TestDatabase } from "./helpers/store.ts";

const CUSTOMER_SECRET = "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789";
const PASTED_SECRET = "Hunter2-very-secret";
const TICKET = `Our deploys stopped this morning. helm version 3.14.2, chart 1.2.0.
We used the token ${CUSTOMER_SECRET} in CI.

$ helm upgrade web ./chart --namespace shop
Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress
`;
const WEBHOOK_SECRET = "whsec-for-tests";

/** Dates a text names (version numbers aside: chrono reads 2024.1.3 as a date). */
const datesIn = (text: string) => chrono.parse(text.replace(/\bv?\d+(?:\.\d+)+\b/g, "")).map((r) => r.text);

describe.each(["sqlite", "postgres"] as const)("escalation handoff on %s", (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let deps: Deps;
  let app: App;
  let token: string;
  let now = new Date("2026-03-02T09:00:00Z");
  const fake = new FakeGithubAndSlack();
  const logged: string[] = [];
  const log: Logger = {
    info: (message, fields) => logged.push(JSON.stringify({ message, ...fields })),
    error: (message, fields) => logged.push(JSON.stringify({ message, ...fields })),
  };

  beforeAll(async () => {
    await fake.start();
    database = await createTestDatabase(dialect);
    const opened = await openTestDeps(database, () => now);
    store = opened.store;
    deps = {
      ...opened.deps,
      log,
      handoff: {
        githubApiUrl: fake.url,
        githubToken: fake.token,
        githubRepo: fake.repo,
        githubWebhookSecret: WEBHOOK_SECRET,
        slackWebhookUrl: `${fake.url}${fake.slackPath}`,
      },
    };
    app = openTestApp(deps);
    token = (await createToken(deps, { role: "lead" })).token;
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
    await fake.stop();
  });

  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: T }> => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as T };
  };
  /** Runs every due job, moving the clock past each backoff, until nothing is left to do. */
  const drain = async () => {
    const worker = new Worker(deps, { workerId: "w", handlers: HANDLERS, pollMs: 10 });
    for (let round = 0; round < 12; round++) {
      while (await worker.runOnce());
      now = new Date(now.getTime() + 60_000);
    }
  };
  const ingest = async (externalId: string) => {
    const created = await call<{ id: string }>("POST", "/api/v1/tickets", {
      externalId,
      subject: "Deploys blocked by a locked release",
      body: TICKET,
      customer: { org: "acme" },
    });
    expect(created.status).toBe(201);
    return created.json.id;
  };
  const updates = (ticketId: string) =>
    deps.db
      .selectFrom("drafts")
      .select(["body", "purpose", "action_kind", "status"])
      .where("ticket_id", "=", ticketId)
      .where("purpose", "=", "handoff-update")
      .execute();
  const webhook = (event: string, payload: unknown, secret = WEBHOOK_SECRET) => {
    const body = JSON.stringify(payload);
    const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    return app.request("/api/v1/webhooks/github", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": event,
        "x-hub-signature-256": signature,
      },
      body,
    });
  };

  it("escalates through the API: one GitHub issue with the redacted handoff, one Slack post despite a 500, then one customer update when the issue is fixed and closed", async () => {
    const ticketId = await ingest("handoff-1");
    const ticket = await call<{ drafts: { id: string }[] }>("GET", `/api/v1/tickets/${ticketId}`);
    const draftId = ticket.json.drafts.at(-1)?.id;
    expect((await call("POST", `/api/v1/tickets/${ticketId}/approve`, { draftId })).status).toBe(200);
    await call("POST", `/api/v1/tickets/${ticketId}/messages`, {
      kind: "note",
      body: "Tried helm rollback web 3 with the customer on a call: still locked.",
    });

    const preview = await call<{ title: string; markdown: string; destinations: unknown }>(
      "GET",
      `/api/v1/tickets/${ticketId}/handoff?team=engineering`,
    );
    expect(preview.status).toBe(200);
    expect(preview.json.destinations).toEqual({
      github: { configured: true, repo: fake.repo },
      slack: { configured: true },
    });
    expect(JSON.stringify(preview.json)).not.toContain(fake.token);
    expect(JSON.stringify(preview.json)).not.toContain(fake.slackPath);
    expect(preview.json.markdown).toContain("Tried helm rollback web 3");

    fake.slackFailures = 1;
    const escalated = await call<{ id: string; destinations: string[] }>(
      "POST",
      `/api/v1/tickets/${ticketId}/escalate`,
      {
        team: "engineering",
        title: preview.json.title,
        // The engineer's edit pastes a password: it must not leave Deckhand.
        handoff: `${preview.json.markdown}\n\nCustomer's staging login: password=${PASTED_SECRET}`,
        destinations: ["github", "slack"],
      },
    );
    expect(escalated.status).toBe(201);
    expect(escalated.json.destinations).toEqual(["github", "slack"]);
    await drain();

    expect(fake.violations).toEqual([]);
    expect(fake.createAttempts).toBe(1);
    expect(fake.issues.size).toBe(1);
    const issue = fake.issues.get(1);
    expect(issue?.labels.map((l) => l.name)).toEqual(["deckhand", "team:engineering"]);
    const body = issue?.body ?? "";
    expect(body).toMatch(/body:\d+ {2}Error: UPGRADE FAILED: another operation/);
    expect(body).toContain("`version.helm`: 3.14.2");
    expect(body).toContain("## Hypothesis");
    expect(body).toMatch(/helm\.release\.operation-in-progress`, \d+% confidence/);
    expect(body).toContain("Suggested to the customer:");
    expect(body).toContain(`<!-- deckhand:escalation:${escalated.json.id} -->`);
    expect(body).toContain("[REDACTED:");
    for (const secret of [CUSTOMER_SECRET, PASTED_SECRET]) {
      expect(body).not.toContain(secret);
      expect(JSON.stringify(fake.slackMessages)).not.toContain(secret);
    }

    expect(fake.slackAttempts).toBe(2);
    expect(fake.slackMessages).toHaveLength(1);
    expect(fake.slackMessages[0]?.text).toContain(issue?.html_url);
    expect(fake.slackMessages[0]?.blocks[0]?.type).toBe("header");
    expect(logged.join("\n")).not.toContain(fake.token);
    expect(logged.join("\n")).not.toContain(fake.slackPath);

    const linked = await call<{ escalations: { id: string; github: unknown; slack: unknown }[] }>(
      "GET",
      `/api/v1/tickets/${ticketId}`,
    );
    expect(linked.json.escalations.find((e) => e.id === escalated.json.id)).toMatchObject({
      github: { status: "posted", number: 1, url: issue?.html_url, state: "open" },
      slack: { status: "posted" },
    });
    const row = await deps.db
      .selectFrom("escalations")
      .select(["github_node_id"])
      .where("id", "=", escalated.json.id)
      .executeTakeFirstOrThrow();
    expect(row.github_node_id).toBe("I_kwDOfake1");

    // The team answers and closes the issue; the poll job picks both up.
    fake.comment(
      1,
      "Thanks, reproduced. Released in v2.9.1, upgrade and it is gone.",
      "2026-03-03T10:00:00Z",
    );
    fake.close(1, "2026-03-03T10:05:00Z");
    await enqueueRecurring(deps, RECURRING);
    await drain();
    now = new Date(now.getTime() + 10 * 60_000);
    await enqueueRecurring(deps, RECURRING);
    await drain();

    const drafted = await updates(ticketId);
    expect(drafted).toHaveLength(1);
    expect(drafted[0]).toMatchObject({ action_kind: "status-update", status: "pending" });
    expect(drafted[0]?.body).toContain("version 2.9.1");
    expect(datesIn(drafted[0]?.body ?? "")).toEqual([]);
    const after = await deps.db
      .selectFrom("escalations")
      .select(["status", "issue_state", "fixed_version"])
      .where("id", "=", escalated.json.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: "closed", issue_state: "closed", fixed_version: "v2.9.1" });
    const moved = await call<{ status: string }>("GET", `/api/v1/tickets/${ticketId}`);
    expect(moved.json.status).toBe("awaiting_approval");

    // GitHub's webhook for the same close changes nothing more.
    const repeat = await webhook("issues", {
      action: "closed",
      repository: { full_name: fake.repo },
      issue: fake.issues.get(1),
    });
    expect(repeat.status).toBe(202);
    expect(await repeat.json()).toEqual({ handled: true, drafted: false });
    expect(await updates(ticketId)).toHaveLength(1);
  });

  it("opens one issue when the connection drops after GitHub created it (the retry finds it by its marker)", async () => {
    const ticketId = await ingest("handoff-2");
    fake.dropAfterCreate = 1;
    const before = fake.issues.size;
    const escalated = await call<{ id: string }>("POST", `/api/v1/tickets/${ticketId}/escalate`, {
      team: "l2-support",
      destinations: ["github"],
    });
    expect(escalated.status).toBe(201);
    await drain();
    expect(fake.issues.size).toBe(before + 1);
    const row = await deps.db
      .selectFrom("escalations")
      .select(["github_status", "github_issue_number", "github_attempted_at"])
      .where("id", "=", escalated.json.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ github_status: "posted", github_issue_number: before + 1 });
    expect(row.github_attempted_at).not.toBeNull();
  });

  it("takes signed webhooks only: a comment naming the fix drafts one update, a redelivery none, a bad signature 401", async () => {
    const ticketId = await ingest("handoff-3");
    const escalated = await call<{ id: string }>("POST", `/api/v1/tickets/${ticketId}/escalate`, {
      team: "engineering",
      destinations: ["github"],
    });
    await drain();
    const number = fake.issues.size;
    const issue = fake.issues.get(number);
    const payload = {
      action: "created",
      repository: { full_name: fake.repo },
      issue,
      comment: { body: "This is fixed in 2024.1.3, out now." },
    };
    const forged = await webhook("issue_comment", payload, "not-the-secret");
    expect(forged.status).toBe(401);
    const unsigned = await app.request("/api/v1/webhooks/github", {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "issue_comment" },
      body: JSON.stringify(payload),
    });
    expect(unsigned.status).toBe(401);
    expect(await updates(ticketId)).toHaveLength(0);

    const first = await webhook("issue_comment", payload);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ handled: true, drafted: true });
    const again = await webhook("issue_comment", payload);
    expect(await again.json()).toEqual({ handled: true, drafted: false });
    const drafted = await updates(ticketId);
    expect(drafted).toHaveLength(1);
    expect(drafted[0]?.body).toContain("version 2024.1.3");
    expect(datesIn(drafted[0]?.body ?? "")).toEqual([]);
    const row = await deps.db
      .selectFrom("escalations")
      .select(["fixed_version", "status"])
      .where("id", "=", escalated.json.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ fixed_version: "2024.1.3", status: "open" });
  });

  it("marks a post failed, without retrying or logging the token, when GitHub refuses the credentials", async () => {
    const ticketId = await ingest("handoff-5");
    const saved = deps.handoff;
    const wrong = "ghp_wrongTokenWrongTokenWrongToken000000";
    deps.handoff = { ...saved, githubApiUrl: fake.url, githubToken: wrong };
    try {
      const before = fake.createAttempts;
      const escalated = await call<{ id: string }>("POST", `/api/v1/tickets/${ticketId}/escalate`, {
        team: "security",
        destinations: ["github"],
      });
      await drain();
      expect(fake.createAttempts).toBe(before);
      const ticket = await call<{ escalations: { id: string; github: { status: string; error: string } }[] }>(
        "GET",
        `/api/v1/tickets/${ticketId}`,
      );
      const github = ticket.json.escalations.find((e) => e.id === escalated.json.id)?.github;
      expect(github).toMatchObject({ status: "failed", error: "GitHub answered 401: Bad credentials" });
      const job = await deps.db
        .selectFrom("jobs")
        .select(["status", "attempts"])
        .where("dedupe_key", "=", `handoff.github:${escalated.json.id}`)
        .executeTakeFirstOrThrow();
      expect(job).toEqual({ status: "done", attempts: 1 });
      expect(logged.join("\n")).not.toContain(wrong);
    } finally {
      deps.handoff = saved;
    }
  });

  it("refuses a destination that is not configured, and keeps the plain escalation working", async () => {
    const ticketId = await ingest("handoff-4");
    const saved = deps.handoff;
    deps.handoff = { githubApiUrl: "https://api.github.com" };
    try {
      const refused = await call<{ error: string }>("POST", `/api/v1/tickets/${ticketId}/escalate`, {
        team: "engineering",
        destinations: ["slack"],
      });
      expect(refused.status).toBe(400);
      expect(refused.json.error).toContain("DECKHAND_SLACK_WEBHOOK_URL");
      const plain = await call<{ id: string }>("POST", `/api/v1/tickets/${ticketId}/escalate`, {
        team: "engineering",
        handoff: "Hypothesis: a stuck hook, see evidence line 1",
      });
      expect(plain.status).toBe(201);
    } finally {
      deps.handoff = saved;
    }
  });
});
