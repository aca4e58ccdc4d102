import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/http/app.ts";
import { HANDLERS } from "../src/jobs/handlers.ts";
import { Worker } from "../src/jobs/worker.ts";
import type { Deps } from "../src/service/deps.ts";
import { indexArticles } from "../src/service/search-knowledge.ts";
import { createToken } from "../src/service/tokens.ts";
import type { Store } from "../src/store/dialect.ts";
import { openTestApp } from "./helpers/app.ts";
import { assertContract } from "./helpers/contract.ts";
import { createTestDatabase, openTestDeps, type TestDatabase } from "./helpers/store.ts";

const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

describe.each(["sqlite", "postgres"] as const)("HTTP API on %s", (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let deps: Deps;
  let app: App;
  let admin: string;
  let acme: string;
  let globex: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ({ deps, store } = await openTestDeps(database));
    await indexArticles(deps);
    app = openTestApp(deps, { maxBodyBytes: 64 * 1024, instanceId: "test" });
    admin = (await createToken(deps, { role: "admin" })).token;
    acme = (await createToken(deps, { org: "acme" })).token;
    globex = (await createToken(deps, { org: "globex" })).token;
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const call = async (
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<Response> =>
    await app.request(path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

  it("refuses requests without a valid token, with a JSON error", async () => {
    for (const token of [null, "dh_nope", "not-a-token"]) {
      const response = await call("GET", "/api/v1/queue", token);
      expect(response.status).toBe(401);
      expect(await json(response)).toHaveProperty("error");
    }
  });

  it("ingests a ticket, answers 201 with its triage, and is idempotent on externalId", async () => {
    const ticket = {
      externalId: "mail-1",
      subject: "Locked",
      body: LOCKED,
      customer: { org: "initech", email: "a@initech.example" },
    };
    const first = await call("POST", "/api/v1/tickets", admin, ticket);
    expect(first.status).toBe(201);
    const created = await json(first);
    assertContract(created.triage);
    expect((created.triage as { diagnoses: { code: string }[] }).diagnoses[0]?.code).toBe(
      "helm.release.operation-in-progress",
    );
    const again = await call("POST", "/api/v1/tickets", admin, { ...ticket, body: "a second copy" });
    expect(again.status).toBe(200);
    expect((await json(again)).id).toBe(created.id);
    const detail = await json(await call("GET", `/api/v1/tickets/${String(created.id)}`, admin));
    expect(detail.messages).toHaveLength(1);
    expect(detail.status).toBe("awaiting_approval");
    expect((detail.drafts as unknown[]).length).toBe(1);
  });

  it("creates one ticket when the same externalId arrives many times at once", async () => {
    const ticket = { externalId: "race-1", body: LOCKED, customer: { org: "racers" } };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => call("POST", "/api/v1/tickets", admin, ticket)),
    );
    const ids = new Set(await Promise.all(responses.map(async (r) => (await json(r)).id)));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
  });

  it("redacts secrets before anything is stored", async () => {
    const response = await call("POST", "/api/v1/tickets", admin, {
      body: `${LOCKED}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
    });
    const { id } = await json(response);
    const rows = await deps.db
      .selectFrom("messages")
      .select("body")
      .where("ticket_id", "=", String(id))
      .execute();
    expect(rows[0]?.body).toContain("[REDACTED:aws-secret-access-key]");
    expect(
      JSON.stringify(await json(await call("GET", `/api/v1/tickets/${String(id)}`, admin))),
    ).not.toContain("wJalrXUtnFEMI");
  });

  it("keeps organisations apart: by id, list, search and externalId", async () => {
    const mine = await json(
      await call("POST", "/api/v1/tickets", acme, {
        externalId: "shared-1",
        body: `${LOCKED} acme-secret-word`,
      }),
    );
    const theirs = await json(
      await call("POST", "/api/v1/tickets", globex, { externalId: "shared-1", body: LOCKED }),
    );
    expect(mine.id).not.toBe(theirs.id);
    expect((await call("GET", `/api/v1/tickets/${String(mine.id)}`, globex)).status).toBe(404);
    expect((await call("GET", `/api/v1/tickets/${String(mine.id)}`, acme)).status).toBe(200);
    const list = await json(await call("GET", "/api/v1/tickets", globex));
    expect((list.items as { id: string }[]).map((t) => t.id)).toEqual([theirs.id]);
    await call("POST", `/api/v1/tickets/${String(mine.id)}/status`, admin, { status: "resolved" });
    const leak = await json(await call("GET", "/api/v1/kb/search?q=acme-secret-word", globex));
    expect(JSON.stringify(leak)).not.toContain(String(mine.id));
    const own = await json(await call("GET", "/api/v1/kb/search?q=acme-secret-word", acme));
    expect((own.items as { id: string }[]).map((hit) => hit.id)).toContain(mine.id);
    expect(
      (await call("POST", `/api/v1/tickets/${String(mine.id)}/status`, acme, { status: "closed" })).status,
    ).toBe(403);
  });

  it("answers bad input with 4xx and a message, and writes nothing", async () => {
    const before = await deps.db
      .selectFrom("tickets")
      .select(({ fn }) => fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const cases: [unknown, number, RegExp][] = [
      ["{not json", 400, /invalid|json/i],
      [{ subject: "no body" }, 400, /body/],
      [{ body: "   " }, 400, /body is empty/],
      [{ body: "x".repeat(70 * 1024) }, 413, /larger than/],
      [{ body: "ok", attachments: "nope" }, 400, /attachments/],
    ];
    for (const [body, status, message] of cases) {
      const response = await call("POST", "/api/v1/tickets", admin, body);
      expect(response.status).toBe(status);
      expect(String((await json(response)).error)).toMatch(message);
    }
    const after = await deps.db
      .selectFrom("tickets")
      .select(({ fn }) => fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("follows the lifecycle, refuses invalid moves, and reopens on a customer reply", async () => {
    const { id } = await json(await call("POST", "/api/v1/tickets", acme, { body: LOCKED }));
    const path = `/api/v1/tickets/${String(id)}`;
    expect((await call("POST", `${path}/status`, admin, { status: "resolved" })).status).toBe(200);
    const invalid = await call("POST", `${path}/status`, admin, { status: "awaiting_approval" });
    expect(invalid.status).toBe(409);
    expect(String((await json(invalid)).error)).toMatch(/cannot become awaiting_approval/);
    const reply = await json(
      await call("POST", `${path}/messages`, acme, { body: "Still broken after the rollback." }),
    );
    expect(reply.status).toBe("in_progress");
    const worker = new Worker(deps, { workerId: "w", handlers: HANDLERS, pollMs: 10 });
    while (await worker.runOnce()) {
      /* drain the re-triage */
    }
    const detail = await json(await call("GET", path, admin));
    expect(detail.triageVersion).toBe(2);
    const audit = await deps.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["ticket.created", "ticket.triaged", "ticket.status", "ticket.reopened"]),
    );
  });

  it("lists the queue most urgent first, with pagination", async () => {
    const page = await json(await call("GET", "/api/v1/queue?limit=2", admin));
    expect((page.items as unknown[]).length).toBe(2);
    expect(page.nextCursor).toBe("2");
    const next = await json(await call("GET", "/api/v1/queue?limit=2&cursor=2", admin));
    expect((next.items as { id: string }[])[0]?.id).not.toBe((page.items as { id: string }[])[0]?.id);
  });

  it("treats search syntax in a query as words, never as an error", async () => {
    for (const q of [
      '"unbalanced',
      "NEAR(a b",
      "a OR AND NOT *",
      "'; DROP TABLE tickets; --",
      "helm:locked^2",
    ]) {
      const response = await call("GET", `/api/v1/kb/search?q=${encodeURIComponent(q)}`, admin);
      expect(response.status).toBe(200);
    }
    const hits = await json(
      await call(
        "GET",
        "/api/v1/kb/search?q=helm+release+locked+another+operation+install+upgrade+rollback+pending",
        admin,
      ),
    );
    const articles = (hits.items as { id: string; kind: string }[]).filter((hit) => hit.kind === "article");
    expect(articles.slice(0, 3).map((hit) => hit.id)).toContain("helm-release-operation-in-progress");
  });

  it("serves health, metrics and the OpenAPI document", async () => {
    expect(await json(await app.request("/healthz"))).toEqual({ status: "ok", database: dialect });
    expect(await (await app.request("/metrics")).text()).toMatch(/deckhand_http_requests_total/);
    const spec = await json(await app.request("/openapi.json"));
    expect(Object.keys(spec.paths as object)).toEqual(
      expect.arrayContaining(["/api/v1/tickets", "/api/v1/queue", "/api/v1/kb/search"]),
    );
  });
});
