import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoteForCorrection } from "../src/autonomy/demote.ts";
import { sendHeldDraft } from "../src/autonomy/send-held-draft.ts";
import type { App } from "../src/http/app.ts";
import { HANDLERS } from "../src/jobs/handlers.ts";
import { Worker } from "../src/jobs/worker.ts";
import type { Deps } from "../src/service/deps.ts";
import { createToken } from "../src/service/tokens.ts";
import type { Store } from "../src/store/dialect.ts";
import { openTestApp } from "./helpers/app.ts";
import { createTestDatabase, openTestDeps, type TestDatabase } from "./helpers/store.ts";

// A clear kubelet log: the image-pull-auth signature, high confidence, a known fix.
const PULL = (tag: string) => `Events:
  Normal   Pulling    18s (x3 over 46s)  kubelet  Pulling image "registry.acme.io/shop/shop-api:${tag}"
  Warning  Failed     18s (x3 over 45s)  kubelet  Failed to pull image "registry.acme.io/shop/shop-api:${tag}": rpc error: code = Unknown desc = failed to pull and unpack image "registry.acme.io/shop/shop-api:${tag}": failed to resolve reference "registry.acme.io/shop/shop-api:${tag}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
  Warning  Failed     18s (x3 over 45s)  kubelet  Error: ErrImagePull`;
// The same cause in prose only: a weaker diagnosis.
const PROSE =
  "Our pods are stuck in ImagePullBackOff after we moved to the private registry, is it the pull secret?";
// The same log with a product crash: triage recommends an escalation.
const CRASH = `${PULL("9.9.9")}\nSystem.NullReferenceException: Object reference not set to an instance of an object`;
// Octopus cannot reach its database: a P1.
const SQL_DOWN =
  "2026-11-27 06:02:41.7731 FATAL A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible.";

const CAUSE = "k8s.pod.image-pull-auth";
const HOLD_MS = 30 * 60_000;
const DAY_MS = 86_400_000;

interface Draft {
  id: string;
  body: string;
  status: string;
  sendAt: string | null;
}
interface Ticket {
  id: string;
  status: string;
  topCode: string | null;
  topConfidence: number | null;
  drafts: Draft[];
  messages: { kind: string; author: string }[];
}
interface Category {
  cause: string;
  actionKind: string;
  level: string;
  earnedLevel: string;
  override: { kind: string; level: string } | null;
  numbers: {
    reviews: number;
    accepted: number;
    acceptedShare: number | null;
    lastRejectionAt: string | null;
  };
  next: { level: string | null; moreReviews: number | null; text: string };
  history: { change: string; from: string; to: string; reason: string; numbers: Record<string, unknown> }[];
}

describe.each(["sqlite", "postgres"] as const)("earned autonomy on %s", (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let deps: Deps;
  let app: App;
  let worker: Worker;
  let now = new Date("2026-03-02T09:00:00.000Z");
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  const tokens: Record<"admin" | "agent" | "lead" | "customer", string> = {
    admin: "",
    agent: "",
    lead: "",
    customer: "",
  };
  let external = 0;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ({ deps, store } = await openTestDeps(database, () => now));
    app = openTestApp(deps);
    worker = new Worker(deps, { workerId: "w", handlers: HANDLERS, pollMs: 5 });
    for (const role of ["admin", "agent", "lead"] as const)
      tokens[role] = (await createToken(deps, { role })).token;
    tokens.customer = (await createToken(deps, { org: "acme" })).token;
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const call = (method: string, path: string, as: keyof typeof tokens, body?: unknown) =>
    app.request(path, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens[as]}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const ok = async <T>(response: Response | Promise<Response>, status = 200): Promise<T> => {
    const res = await response;
    const payload = (await res.json()) as T;
    expect(res.status, JSON.stringify(payload)).toBe(status);
    return payload;
  };
  const getTicket = (id: string) => ok<Ticket>(call("GET", `/api/v1/tickets/${id}`, "admin"));
  /** A new ticket from acme, triaged in the request; returns it with its newest draft. */
  const ingest = async (body: string) => {
    advance(60_000);
    const created = await ok<{ id: string }>(
      call("POST", "/api/v1/tickets", "admin", {
        externalId: `t-${++external}`,
        subject: "Pods cannot pull",
        body,
        customer: { org: "acme" },
      }),
      201,
    );
    const ticket = await getTicket(created.id);
    const draft = ticket.drafts.at(-1);
    if (!draft) throw new Error("no draft");
    return { ticket, draft };
  };
  const approve = (ticketId: string, draftId: string, body?: string) => {
    advance(60_000);
    return ok<{ status: string; edited: boolean }>(
      call("POST", `/api/v1/tickets/${ticketId}/approve`, "agent", { draftId, ...(body ? { body } : {}) }),
    );
  };
  /** A pull ticket whose draft a person approves as written. */
  const approvedPull = async () => {
    const { ticket, draft } = await ingest(PULL(`1.${external}`));
    await approve(ticket.id, draft.id);
    return ticket.id;
  };
  const category = async (cause = CAUSE, actionKind = "known-fix") => {
    const list = await ok<{ items: Category[] }>(call("GET", "/api/v1/autonomy", "agent"));
    const found = list.items.find((c) => c.cause === cause && c.actionKind === actionKind);
    if (!found) throw new Error(`no category ${cause} × ${actionKind}`);
    return found;
  };
  const runDueJobs = async () => {
    for (let i = 0; i < 50 && (await worker.runOnce()); i++);
  };
  const outbound = async (ticketId: string) =>
    (await getTicket(ticketId)).messages.filter((m) => m.kind === "outbound");
  const auditOf = (entityId: string, action: string) =>
    deps.db
      .selectFrom("audit_log")
      .select(["details", "actor"])
      .where("entity_id", "=", entityId)
      .where("action", "=", action)
      .execute()
      .then((rows) =>
        rows.map((r) => ({ actor: r.actor, details: JSON.parse(r.details) as Record<string, unknown> })),
      );
  const override = (as: keyof typeof tokens, body: Record<string, unknown>) =>
    call("PUT", "/api/v1/autonomy/categories", as, body);

  it("lets only a lead set small thresholds through the policy API", async () => {
    const small = {
      minReviews: 3,
      windowDays: 30,
      minAcceptedShare: 0.9,
      noRejectionInLast: 2,
      holdMinutes: 30,
      confidenceFloor: 0.9,
      smallEditRatio: 0.1,
    };
    expect((await call("PUT", "/api/v1/autonomy/policy", "agent", small)).status).toBe(403);
    expect((await call("PUT", "/api/v1/autonomy/policy", "lead", { minReviews: 0 })).status).toBe(400);
    const view = await ok<{ policy: typeof small; defaults: typeof small; overridden: string[] }>(
      call("PUT", "/api/v1/autonomy/policy", "lead", small),
    );
    expect(view.policy).toEqual(small);
    expect(view.defaults).toMatchObject({ minReviews: 20, noRejectionInLast: 5, holdMinutes: 30 });
    expect(view.overridden).toHaveLength(7);
    expect((await ok<typeof view>(call("GET", "/api/v1/autonomy/policy", "agent"))).policy).toEqual(small);
  });

  it("promotes draft-only → hold → send exactly at the thresholds, within the window, each level afresh", async () => {
    const first = await ingest(PULL("1.0.0"));
    expect(first.ticket).toMatchObject({ topCode: CAUSE });
    expect(first.draft).toMatchObject({ status: "pending", sendAt: null });
    await approve(first.ticket.id, first.draft.id);
    // A rewrite is no small edit: it does not count as accepted, and the share says what that costs.
    const rewritten = await ingest(PULL("1.0.1"));
    await approve(rewritten.ticket.id, rewritten.draft.id, "Please send us `kubectl describe pod` output.");
    let c = await category();
    expect(c).toMatchObject({
      level: "draft-only",
      numbers: { reviews: 2, accepted: 1, acceptedShare: 0.5 },
    });
    // (1 + m) / (2 + m) ≥ 0.9 needs m = 8.
    expect(c.next).toMatchObject({ level: "hold", moreReviews: 8 });

    // A month later both reviews have left the window.
    advance(31 * DAY_MS);
    expect((await category()).numbers.reviews).toBe(0);
    await approvedPull();
    const small = await ingest(PULL("1.0.2"));
    await approve(small.ticket.id, small.draft.id, `${small.draft.body}\n\nThanks, Ada`);
    const review = await deps.db
      .selectFrom("draft_reviews")
      .selectAll()
      .where("draft_id", "=", small.draft.id)
      .executeTakeFirstOrThrow();
    expect(review).toMatchObject({ outcome: "edited", accepted: 1, cause: CAUSE, action_kind: "known-fix" });
    expect(Number(review.edit_ratio)).toBeGreaterThan(0);
    expect(Number(review.edit_ratio)).toBeLessThanOrEqual(0.1);
    expect(review.diff).toContain("+Thanks, Ada");
    c = await category();
    expect(c).toMatchObject({ level: "draft-only", numbers: { reviews: 2, accepted: 2 } });
    expect(c.next).toMatchObject({ level: "hold", moreReviews: 1 });
    expect(c.next.text).toContain("1 more review");

    // The third accepted review in the window promotes, in its own transaction.
    const third = await ingest(PULL("1.0.3"));
    expect(third.draft.sendAt).toBeNull();
    await approve(third.ticket.id, third.draft.id);
    c = await category();
    expect(c).toMatchObject({ level: "hold", earnedLevel: "hold", numbers: { reviews: 0 } });
    expect(c.history[0]).toMatchObject({ change: "promoted", from: "draft-only", to: "hold" });
    expect(c.history[0]?.numbers).toMatchObject({ reviews: 3, accepted: 3, windowDays: 30 });
    expect(c.next).toMatchObject({ level: "send", moreReviews: 3 });
    const [promoted] = await deps.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "autonomy.promoted")
      .execute();
    expect(JSON.parse(promoted?.details ?? "{}")).toMatchObject({ to: "hold", reviews: 3, acceptedShare: 1 });

    // Held: a person who acts first wins; the job then finds the draft decided.
    const early = await ingest(PULL("1.1.0"));
    expect(early.draft.sendAt).toBe(new Date(now.getTime() + HOLD_MS).toISOString());
    expect((await auditOf(early.ticket.id, "draft.held"))[0]?.details).toMatchObject({
      draftId: early.draft.id,
      basis: { level: "hold", cause: CAUSE },
    });
    await approve(early.ticket.id, early.draft.id);
    advance(HOLD_MS);
    await runDueJobs();
    expect(await outbound(early.ticket.id)).toHaveLength(1);
    expect((await outbound(early.ticket.id))[0]?.author).toMatch(/^engineer:/);

    // Nobody acts: not before the hold is over, then sent by the job, exactly once.
    const alone = await ingest(PULL("1.1.1"));
    expect(alone.ticket.status).toBe("awaiting_approval");
    advance(HOLD_MS - 60_000);
    await runDueJobs();
    expect(await outbound(alone.ticket.id)).toHaveLength(0);
    advance(60_000);
    await runDueJobs();
    const sent = await getTicket(alone.ticket.id);
    expect(sent.status).toBe("awaiting_customer");
    expect(sent.drafts.at(-1)).toMatchObject({ status: "sent", sendAt: null });
    expect(sent.messages.filter((m) => m.kind === "outbound")).toEqual([
      expect.objectContaining({ author: "deckhand:autonomy" }),
    ]);
    await sendHeldDraft(deps, { draftId: alone.draft.id });
    expect(await outbound(alone.ticket.id)).toHaveLength(1);
    expect((await auditOf(alone.ticket.id, "draft.sent-autonomously"))[0]?.details).toMatchObject({
      draftId: alone.draft.id,
      basis: { level: "hold", reviews: 1 },
    });
    // An autonomous send is no review.
    expect((await category()).numbers.reviews).toBe(1);

    // A person may keep a held draft for review; the hold ends without a send.
    const kept = await ingest(PULL("1.1.2"));
    await ok(
      call("POST", `/api/v1/tickets/${kept.ticket.id}/keep-draft`, "agent", { draftId: kept.draft.id }),
    );
    advance(HOLD_MS);
    await runDueJobs();
    expect((await getTicket(kept.ticket.id)).drafts.at(-1)).toMatchObject({
      status: "pending",
      sendAt: null,
    });
    await approve(kept.ticket.id, kept.draft.id);
    expect(await category()).toMatchObject({ level: "hold", numbers: { reviews: 2 } });

    const last = await ingest(PULL("1.1.3"));
    await approve(last.ticket.id, last.draft.id);
    c = await category();
    expect(c).toMatchObject({ level: "send", numbers: { reviews: 0 }, next: { level: null } });
    expect(c.history.map((h) => h.to)).toEqual(["send", "hold"]);

    const immediate = await ingest(PULL("1.2.0"));
    expect(immediate.draft).toMatchObject({ status: "sent" });
    expect(immediate.ticket.status).toBe("awaiting_customer");
    expect((await auditOf(immediate.ticket.id, "draft.sent-autonomously"))[0]?.details).toMatchObject({
      basis: { level: "send", earnedLevel: "send" },
    });
  });

  it("never sends without a person for P1 tickets, escalations and weak diagnoses, whatever the level", async () => {
    expect((await category()).level).toBe("send");
    const weak = await ingest(PROSE);
    expect(weak.ticket.topCode).toBe(CAUSE);
    expect(weak.ticket.topConfidence).toBeLessThan(0.9);
    expect(weak.draft).toMatchObject({ status: "pending", sendAt: null });

    await ok(
      override("lead", { cause: CAUSE, actionKind: "escalation-notice", override: "pin", level: "send" }),
    );
    const crash = await ingest(CRASH);
    expect(crash.ticket.topCode).toBe(CAUSE);
    expect(crash.draft).toMatchObject({ status: "pending", sendAt: null });

    const p1 = await ingest(SQL_DOWN);
    await ok(
      override("lead", { cause: p1.ticket.topCode, actionKind: "known-fix", override: "pin", level: "send" }),
    );
    const again = await ingest(SQL_DOWN.replace("06:02", "06:03"));
    expect(again.ticket).toMatchObject({ topCode: p1.ticket.topCode, status: "awaiting_approval" });
    expect(again.draft).toMatchObject({ status: "pending", sendAt: null });
    expect(await category(p1.ticket.topCode ?? "", "known-fix")).toMatchObject({ level: "send" });

    // The weak draft is rejected: the category it belongs to goes back to draft-only.
    advance(60_000);
    await ok(
      call("POST", `/api/v1/tickets/${weak.ticket.id}/reject`, "agent", {
        draftId: weak.draft.id,
        reason: "other",
        text: "too vague for a known fix",
      }),
    );
    const c = await category();
    expect(c).toMatchObject({ level: "draft-only", numbers: { reviews: 0 } });
    expect(c.history[0]).toMatchObject({ change: "demoted", from: "send", to: "draft-only" });
    expect(c.history[0]?.reason).toContain("rejected (other)");
    const review = await deps.db
      .selectFrom("draft_reviews")
      .selectAll()
      .where("draft_id", "=", weak.draft.id)
      .executeTakeFirstOrThrow();
    expect(review).toMatchObject({
      outcome: "rejected",
      reason: "other",
      reason_text: "too vague for a known fix",
    });
  });

  it("re-earns after a rejection only with none rejected in the last reviews, and demotes on a bad rating", async () => {
    await approvedPull();
    let c = await category();
    expect(c).toMatchObject({ level: "draft-only", numbers: { reviews: 1 } });
    expect(c.numbers.lastRejectionAt).not.toBeNull();
    await approvedPull();
    const answered = await approvedPull();
    expect((await category()).level).toBe("hold");

    const held = await ingest(PULL("2.0.0"));
    expect(held.draft.sendAt).not.toBeNull();
    const fine = await ok<{ bad: boolean; demoted: unknown[] }>(
      call("POST", `/api/v1/tickets/${answered}/rating`, "customer", { rating: 4 }),
      201,
    );
    expect(fine).toMatchObject({ bad: false, demoted: [] });
    expect((await category()).level).toBe("hold");
    const bad = await ok<{ bad: boolean; demoted: unknown[] }>(
      call("POST", `/api/v1/tickets/${answered}/rating`, "customer", { rating: 2, comment: "did not help" }),
      201,
    );
    expect(bad).toMatchObject({ bad: true, demoted: [{ cause: CAUSE, actionKind: "known-fix" }] });
    c = await category();
    expect(c).toMatchObject({ level: "draft-only" });
    expect(c.history[0]).toMatchObject({ change: "demoted", from: "hold", to: "draft-only" });
    expect(c.history[0]?.numbers).toMatchObject({ ticketId: answered, rating: 2 });
    // The held draft goes back to people: no send when its hold would have ended.
    expect((await getTicket(held.ticket.id)).drafts.at(-1)).toMatchObject({
      status: "pending",
      sendAt: null,
    });
    advance(HOLD_MS);
    await runDueJobs();
    expect(await outbound(held.ticket.id)).toHaveLength(0);
    expect((await call("POST", `/api/v1/tickets/${answered}/rating`, "customer", { rating: 9 })).status).toBe(
      400,
    );
  });

  it("demotes when a ticket it answered is reopened, and when a diagnosis of its cause is corrected", async () => {
    await approvedPull();
    await approvedPull();
    const answered = await approvedPull();
    expect((await category()).level).toBe("hold");
    await ok(call("POST", `/api/v1/tickets/${answered}/status`, "agent", { status: "resolved" }));
    expect((await category()).level).toBe("hold");
    advance(60_000);
    await ok(
      call("POST", `/api/v1/tickets/${answered}/messages`, "customer", { body: "It is failing again." }),
      201,
    );
    let c = await category();
    expect(c).toMatchObject({ level: "draft-only" });
    expect(c.history[0]?.reason).toContain("reopened");

    await approvedPull();
    await approvedPull();
    const corrected = await approvedPull();
    expect((await category()).level).toBe("hold");
    const changed = await deps.db
      .transaction()
      .execute((trx) =>
        demoteForCorrection(trx, deps, { ticketId: corrected, code: CAUSE, area: "kubernetes" }),
      );
    expect(changed).toContainEqual({ cause: CAUSE, actionKind: "known-fix" });
    c = await category();
    expect(c).toMatchObject({ level: "draft-only" });
    expect(c.history[0]).toMatchObject({
      change: "demoted",
      reason: "a diagnosis of this cause was corrected",
    });
  });

  it("lets a lead pin or cap a category over its earned level, and not an agent", async () => {
    expect(
      (await override("agent", { cause: CAUSE, actionKind: "known-fix", override: "pin", level: "send" }))
        .status,
    ).toBe(403);
    expect((await override("lead", { cause: CAUSE, actionKind: "known-fix", override: "pin" })).status).toBe(
      400,
    );
    let c = await ok<Category>(
      override("lead", {
        cause: CAUSE,
        actionKind: "known-fix",
        override: "pin",
        level: "send",
        note: "trusted fix",
      }),
    );
    expect(c).toMatchObject({
      level: "send",
      earnedLevel: "draft-only",
      override: { kind: "pin", level: "send" },
    });
    const pinned = await ingest(PULL("3.0.0"));
    expect(pinned.draft.status).toBe("sent");
    expect((await auditOf(pinned.ticket.id, "draft.sent-autonomously"))[0]?.details.reason).toContain(
      "pinned",
    );

    await ok(override("lead", { cause: CAUSE, actionKind: "known-fix", override: "none" }));
    await approvedPull();
    await approvedPull();
    await approvedPull();
    expect((await category()).level).toBe("hold");
    const held = await ingest(PULL("3.1.0"));
    expect(held.draft.sendAt).not.toBeNull();
    c = await ok<Category>(
      override("lead", { cause: CAUSE, actionKind: "known-fix", override: "cap", level: "draft-only" }),
    );
    expect(c).toMatchObject({ level: "draft-only", earnedLevel: "hold", override: { kind: "cap" } });
    expect(c.history[0]).toMatchObject({ change: "capped", from: "hold", to: "draft-only" });
    expect((await getTicket(held.ticket.id)).drafts.at(-1)?.sendAt).toBeNull();
    expect((await ingest(PULL("3.1.1"))).draft).toMatchObject({ status: "pending", sendAt: null });

    c = await ok<Category>(override("lead", { cause: CAUSE, actionKind: "known-fix", override: "none" }));
    expect(c).toMatchObject({ level: "hold", override: null });
    expect(c.history[0]).toMatchObject({ change: "unpinned", from: "draft-only", to: "hold" });
    expect((await ingest(PULL("3.1.2"))).draft.sendAt).not.toBeNull();
  });

  it("describes the autonomy routes in /openapi.json", async () => {
    const spec = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    for (const path of [
      "/api/v1/autonomy",
      "/api/v1/autonomy/categories",
      "/api/v1/autonomy/policy",
      "/api/v1/tickets/{id}/rating",
      "/api/v1/tickets/{id}/keep-draft",
    ])
      expect(spec.paths).toHaveProperty([path]);
  });
});
