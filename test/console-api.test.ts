import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/http/app.ts";
import type { Deps } from "../src/service/deps.ts";
import { teamArticle as ARTICLE } from "./helpers/team-article.ts";
import { MAX_FAILED_SIGN_INS } from "../src/service/sign-in.ts";
import { createToken } from "../src/service/tokens.ts";
import type { Store } from "../src/store/dialect.ts";
import { openTestApp } from "./helpers/app.ts";
import { createTestDatabase, insertEngineer, openTestDeps, type TestDatabase } from "./helpers/store.ts";

const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

interface Caller {
  cookie: string;
  csrf: string;
}

describe.each(["sqlite", "postgres"] as const)("console API on %s", (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let deps: Deps;
  let app: App;
  let admin: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ({ deps, store } = await openTestDeps(database));
    app = openTestApp(deps);
    admin = (await createToken(deps, { role: "admin" })).token;
    for (const [name, role] of [
      ["agent", "agent"],
      ["lead", "lead"],
    ] as const) {
      ids[name] = deps.ids();
      await insertEngineer(deps, {
        id: ids[name],
        email: `${name}@deckhand.test`,
        name,
        role,
        password: `${name}-password`,
      });
    }
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const request = (
    method: string,
    path: string,
    init: { caller?: Caller | null; csrf?: boolean; body?: unknown; bearer?: string } = {},
  ) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (init.caller) headers.cookie = init.caller.cookie;
    if (init.caller && init.csrf !== false) headers["x-csrf-token"] = init.caller.csrf;
    if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
    return app.request(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  };
  const signIn = async (name: string, extra: Record<string, string> = {}) => {
    const response = await app.request("/api/v1/session", {
      method: "POST",
      headers: { "content-type": "application/json", ...extra },
      body: JSON.stringify({ email: `${name}@deckhand.test`, password: `${name}-password` }),
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie") ?? "";
    const body = (await response.json()) as { csrfToken: string; engineer: { role: string } };
    return { caller: { cookie: setCookie.split(";")[0] ?? "", csrf: body.csrfToken }, setCookie, body };
  };
  const ingest = async (externalId: string) => {
    const response = await request("POST", "/api/v1/tickets", {
      bearer: admin,
      body: { externalId, subject: "Locked", body: LOCKED, customer: { org: "acme" } },
    });
    const id = ((await response.json()) as { id: string }).id;
    const ticket = (await (await request("GET", `/api/v1/tickets/${id}`, { bearer: admin })).json()) as {
      drafts: { id: string; body: string }[];
    };
    return { id, draftId: ticket.drafts.at(-1)?.id ?? "", draftBody: ticket.drafts.at(-1)?.body ?? "" };
  };

  it("signs in with a password, sets an HttpOnly SameSite=Strict cookie, and refuses bad passwords", async () => {
    const wrong = await app.request("/api/v1/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "agent@deckhand.test", password: "nope" }),
    });
    expect(wrong.status).toBe(401);
    const { setCookie, body, caller } = await signIn("agent");
    expect(setCookie).toMatch(/^deckhand_session=/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    expect(setCookie).not.toContain("Secure");
    expect(body.engineer.role).toBe("agent");
    expect((await signIn("agent", { "x-forwarded-proto": "https" })).setCookie).toContain("Secure");
    const session = await request("GET", "/api/v1/session", { caller });
    expect(((await session.json()) as { engineer: { email: string } }).engineer.email).toBe(
      "agent@deckhand.test",
    );
    // Only a hash of the cookie is stored.
    const stored = await deps.db.selectFrom("sessions").select("id").execute();
    expect(stored.map((row) => row.id)).not.toContain(caller.cookie.split("=")[1]);
  });

  it("refuses further sign-ins for an address after repeated failures, whatever the password", async () => {
    const attempt = (password: string) =>
      app.request("/api/v1/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "Lead@deckhand.test", password }),
      });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) expect((await attempt(`guess-${i}`)).status).toBe(401);
    const blocked = await attempt("lead-password");
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { error: string }).error).toMatch(/too many failed sign-ins/);
    // Another address is not affected.
    expect((await signIn("agent")).body.engineer.role).toBe("agent");
    await deps.db.deleteFrom("audit_log").where("entity_type", "=", "sign-in").execute();
    expect((await attempt("lead-password")).status).toBe(200);
  });

  it("requires the CSRF token for state changes made with the cookie; bearer tokens work as before", async () => {
    const { caller } = await signIn("agent");
    const ticket = await ingest("csrf-1");
    const path = `/api/v1/tickets/${ticket.id}/messages`;
    const note = { kind: "note", body: "checked the cluster" };
    expect((await request("POST", path, { caller, csrf: false, body: note })).status).toBe(403);
    expect(
      (await request("POST", path, { caller: { ...caller, csrf: "x".repeat(32) }, body: note })).status,
    ).toBe(403);
    expect((await request("POST", path, { caller, body: note })).status).toBe(201);
    expect((await request("GET", "/api/v1/queue", { caller, csrf: false })).status).toBe(200);
    expect((await request("POST", path, { bearer: admin, body: note })).status).toBe(201);
    expect(
      (await request("GET", "/api/v1/queue", { caller: { cookie: "deckhand_session=forged", csrf: "" } }))
        .status,
    ).toBe(401);
    expect((await request("DELETE", "/api/v1/session", { caller })).status).toBe(200);
    expect((await request("GET", "/api/v1/queue", { caller })).status).toBe(401);
  });

  it("approves a draft as written or edited, rejects with a reason, escalates and assigns, with audit entries", async () => {
    const { caller } = await signIn("agent");
    const unchanged = await ingest("flow-1");
    const approve = await request("POST", `/api/v1/tickets/${unchanged.id}/approve`, {
      caller,
      body: { draftId: unchanged.draftId },
    });
    expect(await approve.json()).toMatchObject({ status: "awaiting_customer", edited: false });
    const again = await request("POST", `/api/v1/tickets/${unchanged.id}/approve`, {
      caller,
      body: { draftId: unchanged.draftId },
    });
    expect(again.status).toBe(409);

    const edited = await ingest("flow-2");
    const body = `${edited.draftBody}\n\nAlso: token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB`;
    const sent = await request("POST", `/api/v1/tickets/${edited.id}/approve`, {
      caller,
      body: { draftId: edited.draftId, body },
    });
    expect(await sent.json()).toMatchObject({ edited: true });
    const detail = (await (await request("GET", `/api/v1/tickets/${edited.id}`, { caller })).json()) as {
      messages: { kind: string; body: string }[];
    };
    const reply = detail.messages.find((m) => m.kind === "outbound")?.body ?? "";
    expect(reply).toContain("[REDACTED:");
    expect(reply).not.toContain("ghp_0123456789");

    const rejected = await ingest("flow-3");
    const noReason = await request("POST", `/api/v1/tickets/${rejected.id}/reject`, {
      caller,
      body: { draftId: rejected.draftId, reason: "other" },
    });
    expect(noReason.status).toBe(400);
    const reject = await request("POST", `/api/v1/tickets/${rejected.id}/reject`, {
      caller,
      body: { draftId: rejected.draftId, reason: "wrong-diagnosis", text: "it is a hook" },
    });
    expect(await reject.json()).toEqual({ status: "in_progress" });

    const escalate = await request("POST", `/api/v1/tickets/${rejected.id}/escalate`, {
      caller,
      body: { team: "engineering", handoff: "Hypothesis: a stuck hook, see evidence line 1" },
    });
    expect(escalate.status).toBe(201);

    // An agent takes a ticket but cannot hand it to someone else; a lead can.
    const take = await request("POST", `/api/v1/tickets/${rejected.id}/assign`, {
      caller,
      body: { assigneeId: ids.agent },
    });
    expect(take.status).toBe(200);
    const give = await request("POST", `/api/v1/tickets/${rejected.id}/assign`, {
      caller,
      body: { assigneeId: ids.lead },
    });
    expect(give.status).toBe(403);
    const lead = (await signIn("lead")).caller;
    const reassign = await request("POST", `/api/v1/tickets/${rejected.id}/assign`, {
      caller: lead,
      body: { assigneeId: ids.lead },
    });
    expect(reassign.status).toBe(200);

    const actions = await deps.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "in", [unchanged.id, edited.id, rejected.id])
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["draft.approved", "draft.rejected", "ticket.escalated", "ticket.assigned"]),
    );
    const overview = (await (await request("GET", "/api/v1/overview?days=7", { caller })).json()) as {
      drafts: { area: string; unchanged: number; edited: number; rejected: number }[];
      corrected: { key: string; count: number }[];
      firstResponse: { medianMinutes: number | null };
    };
    expect(overview.drafts).toContainEqual({ area: "helm", unchanged: 1, edited: 1, rejected: 1 });
    expect(overview.corrected).toEqual([{ key: "helm.release.operation-in-progress", count: 1 }]);
    expect(overview.firstResponse.medianMinutes).not.toBeNull();
  });

  it("lets leads write team articles validated like shipped ones, and shows which tickets each explained", async () => {
    const agent = (await signIn("agent")).caller;
    const lead = (await signIn("lead")).caller;
    const check = (await (
      await request("POST", "/api/v1/kb/articles/check", {
        caller: lead,
        body: { markdown: ARTICLE("team-locked-release"), sample: `hello\n${LOCKED}` },
      })
    ).json()) as { ok: boolean; matches: { line: number }[] };
    expect(check).toMatchObject({ ok: true, matches: [{ line: 2 }] });
    const broken = (await (
      await request("POST", "/api/v1/kb/articles/check", {
        caller: lead,
        body: { markdown: ARTICLE("Bad Id"), sample: "" },
      })
    ).json()) as { ok: boolean; problems: { field?: string }[] };
    expect(broken.ok).toBe(false);
    expect(broken.problems[0]?.field).toBe("id");
    const byAgent = await request("POST", "/api/v1/kb/articles/check", {
      caller: agent,
      body: { markdown: ARTICLE("team-locked-release"), sample: "" },
    });
    expect(byAgent.status).toBe(403);

    expect(
      (
        await request("POST", "/api/v1/kb/articles", {
          caller: agent,
          body: { markdown: ARTICLE("team-locked-release") },
        })
      ).status,
    ).toBe(403);
    const created = await request("POST", "/api/v1/kb/articles", {
      caller: lead,
      body: { markdown: ARTICLE("team-locked-release") },
    });
    expect(created.status).toBe(201);
    const updated = await request("PUT", "/api/v1/kb/articles/team-locked-release", {
      caller: lead,
      body: { markdown: ARTICLE("team-locked-release", "Locked Helm releases, the team's way") },
    });
    expect(updated.status).toBe(200);
    const detail = (await (
      await request("GET", "/api/v1/kb/articles/team-locked-release", { caller: agent })
    ).json()) as {
      title: string;
      origin: string;
      explained: number;
      tickets: unknown[];
    };
    expect(detail).toMatchObject({ title: "Locked Helm releases, the team's way", origin: "team" });
    expect(detail.explained).toBeGreaterThan(0);
    expect(detail.tickets.length).toBe(detail.explained);
    const list = (await (await request("GET", "/api/v1/kb/articles", { caller: agent })).json()) as {
      items: { id: string }[];
    };
    expect(list.items.length).toBeGreaterThan(100);
  });

  it("describes the console's routes in /openapi.json", async () => {
    const spec = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    for (const path of [
      "/api/v1/session",
      "/api/v1/tickets/{id}/approve",
      "/api/v1/tickets/{id}/reject",
      "/api/v1/tickets/{id}/escalate",
      "/api/v1/tickets/{id}/assign",
      "/api/v1/kb/articles",
      "/api/v1/overview",
    ])
      expect(spec.paths).toHaveProperty([path]);
  });
});
