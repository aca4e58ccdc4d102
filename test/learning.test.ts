import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/http/app.ts";
import type { Deps } from "../src/service/deps.ts";
import { createToken } from "../src/service/tokens.ts";
import type { Store } from "../src/store/dialect.ts";
import { openTestApp } from "./helpers/app.ts";
import { createTestDatabase, openTestDeps, type TestDatabase } from "./helpers/store.ts";

const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";
const ARTICLE = "helm-release-operation-in-progress";
const SIGNATURE = `${ARTICLE}/another-operation`;
const OTHER = "helm.hook.failed";

describe.each(["sqlite", "postgres"] as const)("learning from outcomes on %s", (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let deps: Deps;
  let app: App;
  let admin: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ({ deps, store } = await openTestDeps(database));
    app = openTestApp(deps);
    admin = (await createToken(deps, { role: "admin" })).token;
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const ingest = async (externalId: string, body = `helm upgrade web ./chart\n${LOCKED}`) => {
    const created = await call("POST", "/api/v1/tickets", {
      externalId,
      subject: "Upgrade blocked",
      body,
      customer: { org: "acme" },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const detail = await call("GET", `/api/v1/tickets/${id}`);
    return {
      id,
      topCode: detail.body.topCode as string | null,
      confidence: detail.body.topConfidence as number,
    };
  };
  const counts = async (ref: string) =>
    deps.db
      .selectFrom("trust_counts")
      .select(["fired", "confirmed"])
      .where("kind", "=", "signature")
      .where("ref", "=", ref)
      .executeTakeFirst()
      .then((row) => (row ? { fired: Number(row.fired), confirmed: Number(row.confirmed) } : null));

  it("resolves with a one-click confirmation: status, outcome row, trust counts and audit", async () => {
    const ticket = await ingest("learn-1");
    expect(ticket.topCode).toBe("helm.release.operation-in-progress");
    const resolved = await call("POST", `/api/v1/tickets/${ticket.id}/resolve`, { verdict: "confirmed" });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: "resolved",
      replaced: false,
      outcome: { verdict: "confirmed", code: "helm.release.operation-in-progress" },
    });
    expect((resolved.body.outcome as { keyErrorLine: string }).keyErrorLine).toContain("another operation");
    expect((await call("GET", `/api/v1/tickets/${ticket.id}`)).body.status).toBe("resolved");
    expect(await counts(SIGNATURE)).toEqual({ fired: 1, confirmed: 1 });
    const outcome = await call("GET", `/api/v1/tickets/${ticket.id}/outcome`);
    expect(outcome.body.outcome).toMatchObject({ predictedCode: "helm.release.operation-in-progress" });
    const actions = await deps.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", ticket.id)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["ticket.resolved", "ticket.outcome"]),
    );

    // Corrected afterwards: the outcome is replaced in place and its earlier contribution taken back.
    const corrected = await call("POST", `/api/v1/tickets/${ticket.id}/resolve`, {
      verdict: "corrected",
      code: OTHER,
    });
    expect(corrected.body).toMatchObject({ replaced: true, outcome: { verdict: "corrected", code: OTHER } });
    expect((corrected.body.outcome as { id: string }).id).toBe((resolved.body.outcome as { id: string }).id);
    expect(await counts(SIGNATURE)).toEqual({ fired: 1, confirmed: 0 });
    const rows = await deps.db
      .selectFrom("ticket_outcomes")
      .selectAll()
      .where("ticket_id", "=", ticket.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("refuses a code outside the taxonomy, a confirmation of nothing, and redacts a note", async () => {
    const ticket = await ingest("learn-2");
    const unknown = await call("POST", `/api/v1/tickets/${ticket.id}/resolve`, {
      verdict: "corrected",
      code: "helm.nothing.like-this",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/not a root-cause code/);
    expect((await call("POST", `/api/v1/tickets/${ticket.id}/resolve`, { verdict: "maybe" })).status).toBe(
      400,
    );
    const vague = await ingest(
      "learn-3",
      "Hello, something is odd with our setup, can you take a look sometime?",
    );
    expect(vague.topCode).toBeNull();
    const nothing = await call("POST", `/api/v1/tickets/${vague.id}/resolve`, { verdict: "confirmed" });
    expect(nothing.status).toBe(400);
    const note = await call("POST", `/api/v1/tickets/${vague.id}/resolve`, {
      verdict: "unexplained",
      note: "customer rotated password=hunter2secret and it worked",
    });
    expect(note.status).toBe(200);
    const stored = note.body.outcome as { note: string; code: string | null; verdict: string };
    expect(stored).toMatchObject({ verdict: "unexplained", code: null });
    expect(stored.note).not.toContain("hunter2secret");
    const codes = await call("GET", "/api/v1/kb/codes");
    expect((codes.body.items as { code: string }[]).map((c) => c.code)).toContain(OTHER);
  });

  it("ranks the next similar ticket with what corrections taught, and shows the counts", async () => {
    const before = await ingest("learn-4");
    for (const n of [5, 6, 7]) {
      const ticket = await ingest(`learn-${n}`);
      expect(
        (await call("POST", `/api/v1/tickets/${ticket.id}/resolve`, { verdict: "corrected", code: OTHER }))
          .status,
      ).toBe(200);
    }
    // learn-1 (corrected), learn-2 (never resolved) and these three.
    expect(await counts(SIGNATURE)).toEqual({ fired: 4, confirmed: 0 });
    const after = await ingest("learn-8");
    expect(after.topCode).toBe("helm.release.operation-in-progress");
    expect(after.confidence).toBeLessThan(before.confidence - 0.15);
    const trust = await call("GET", `/api/v1/kb/articles/${ARTICLE}/trust`);
    expect(trust.status).toBe(200);
    const signature = (
      trust.body.signatures as { id: string; fired: number; right: number; multiplier: number }[]
    ).find((s) => s.id === "another-operation");
    expect(signature).toMatchObject({ fired: 4, right: 0 });
    expect(signature?.multiplier).toBeLessThan(1);
    expect((await call("GET", "/api/v1/kb/articles/no-such-article/trust")).status).toBe(404);
  });
});
