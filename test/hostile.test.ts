import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/http/app.ts";
import { createToken } from "../src/service/tokens.ts";
import type { Store } from "../src/store/dialect.ts";
import { openTestApp } from "./helpers/app.ts";
import { createTestDatabase, openTestDeps, type TestDatabase } from "./helpers/store.ts";

const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

describe.each(["sqlite", "postgres"] as const)("hostile input on %s", (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let app: App;
  let admin: string;
  let acme: string;
  let globex: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const opened = await openTestDeps(database);
    store = opened.store;
    app = openTestApp(opened.deps, { maxBodyBytes: 256 * 1024 });
    admin = (await createToken(opened.deps, { role: "admin" })).token;
    acme = (await createToken(opened.deps, { org: "acme" })).token;
    globex = (await createToken(opened.deps, { org: "globex" })).token;
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const send = async (method: string, path: string, token: string, body?: string | object) =>
    await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });

  it("stores NUL bytes, bidi controls and zero-width characters without failing", async () => {
    const body = `${LOCKED}\u0000 trailing\u202e evil \u200b zero width`;
    const response = await send("POST", "/api/v1/tickets", admin, {
      body,
      subject: "nul\u0000subject",
      attachments: [{ name: "a\u0000.log", text: "x\u0000y" }],
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const detail = (await (await send("GET", `/api/v1/tickets/${id}`, admin)).json()) as {
      messages: { body: string }[];
    };
    expect(detail.messages[0]?.body).not.toContain("\u0000");
    expect(detail.messages[0]?.body).toContain("another operation");
  });

  it("answers invalid UTF-8 in the body with a ticket or a 400, never a 500", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"body": "'),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
      Buffer.from(` ${LOCKED}"}`),
    ]);
    const response = await app.request("/api/v1/tickets", {
      method: "POST",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: bytes,
    });
    expect([201, 400]).toContain(response.status);
  });

  it("is not polluted by prototype keys, and survives deeply nested JSON", async () => {
    const polluted = await send(
      "POST",
      "/api/v1/tickets",
      admin,
      '{"body": "x y z", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    );
    expect(polluted.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = `{"body": "deep", "customer": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const response = await send("POST", "/api/v1/tickets", admin, deep);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/customer/);
  });

  it("refuses an oversized body or single huge line with 413 and writes nothing", async () => {
    const before = await store.db
      .selectFrom("tickets")
      .select(({ fn }) => fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const response = await send("POST", "/api/v1/tickets", admin, { body: "x".repeat(300 * 1024) });
    expect(response.status).toBe(413);
    const after = await store.db
      .selectFrom("tickets")
      .select(({ fn }) => fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("returns script and SVG payloads as data, exactly as sent (escaping is the viewer's job)", async () => {
    const payload = `<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a><svg onload=alert(4)>`;
    const response = await send("POST", "/api/v1/tickets", admin, {
      subject: payload,
      body: `${payload}\n${LOCKED}`,
      attachments: [{ name: "../../etc/passwd<svg onload=alert(5)>", text: payload }],
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("never lets one organisation reach another's ticket, by any route", async () => {
    const { id } = (await (
      await send("POST", "/api/v1/tickets", acme, { externalId: "iso-1", body: LOCKED })
    ).json()) as { id: string };
    const missing = await send("GET", "/api/v1/tickets/00000000-0000-0000-0000-000000000000", globex);
    const theirs = await send("GET", `/api/v1/tickets/${id}`, globex);
    // The same answer for "exists but not yours" and "does not exist": nothing to enumerate.
    expect(theirs.status).toBe(404);
    expect(((await theirs.json()) as { error: string }).error.replace(id, "ID")).toBe(
      ((await missing.json()) as { error: string }).error.replace(
        "00000000-0000-0000-0000-000000000000",
        "ID",
      ),
    );
    expect((await send("POST", `/api/v1/tickets/${id}/messages`, globex, { body: "let me in" })).status).toBe(
      404,
    );
    expect((await send("POST", `/api/v1/tickets/${id}/status`, globex, { status: "closed" })).status).toBe(
      403,
    );
    const same = await send("POST", "/api/v1/tickets", globex, { externalId: "iso-1", body: "mine" });
    expect(same.status).toBe(201);
    expect(((await same.json()) as { id: string }).id).not.toBe(id);
    const queue = (await (await send("GET", "/api/v1/queue", globex)).json()) as { items: { id: string }[] };
    expect(queue.items.map((t) => t.id)).not.toContain(id);
  });
});
