import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/http/app.ts";
import { HANDLERS } from "../src/jobs/handlers.ts";
import { enqueue } from "../src/jobs/queue.ts";
import { Worker } from "../src/jobs/worker.ts";
import { addMessage } from "../src/service/add-message.ts";
import { approveDraft } from "../src/service/approve-draft.ts";
import { createTicket } from "../src/service/create-ticket.ts";
import type { Deps } from "../src/service/deps.ts";
import { escalateTicket } from "../src/service/escalate-ticket.ts";
import { findTickets } from "../src/service/find-tickets.ts";
import { getTicket } from "../src/service/get-ticket.ts";
import type { Principal } from "../src/service/principal.ts";
import { saveSlaSettings } from "../src/service/save-sla-settings.ts";
import { setTimeZone } from "../src/service/set-time-zone.ts";
import { SLA_SWEEP_JOB, sweepSla } from "../src/service/sweep-sla.ts";
import { createToken } from "../src/service/tokens.ts";
import { triageTicket } from "../src/service/triage-ticket.ts";
import { DEFAULT_SLA_SETTINGS } from "../src/sla/policies.ts";
import type { TSlaSettings } from "../src/domain/sla.ts";
import { openTestApp } from "./helpers/app.ts";
import { createTestDatabase, openTwoDeps, type TestDatabase } from "./helpers/store.ts";

const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";
const lead: Principal = { kind: "engineer", role: "lead", tokenId: "test", engineerId: null };
const MINUTE = 60_000;

/** Every priority alike, so the tests do not depend on what triage decides. */
const SETTINGS: TSlaSettings = {
  ...DEFAULT_SLA_SETTINGS,
  policies: (["P1", "P2", "P3", "P4"] as const).map((priority) => ({
    plan: "default",
    priority,
    hours: "24x7" as const,
    firstResponseMinutes: 60,
    nextUpdateMinutes: 120,
    resolutionMinutes: 600,
  })),
};

describe.each(["sqlite", "postgres"] as const)("SLA on %s", (dialect) => {
  let database: TestDatabase;
  let closeStores: (() => Promise<void>) | undefined;
  let now = new Date("2026-03-02T09:00:00Z");
  const clock = () => now;
  let one: Deps;
  let two: Deps;
  let app: App;
  let counter = 0;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    // Two connections (pools) on one database, as two worker processes would have.
    ({ one, two, close: closeStores } = await openTwoDeps(database, clock));
    app = openTestApp(one);
    await saveSlaSettings(one, { principal: lead, settings: SETTINGS });
  });
  afterAll(async () => {
    await closeStores?.();
    await database.drop();
  });

  const at = (iso: string) => {
    now = new Date(iso);
  };
  const later = (minutes: number) => {
    now = new Date(now.getTime() + minutes * MINUTE);
  };
  /** A triaged ticket with its pending draft. */
  const ticket = async (org = "acme") => {
    const { id } = await createTicket(one, {
      ticket: { externalId: `sla-${++counter}`, subject: "Upgrade locked", body: LOCKED, customer: { org } },
      principal: lead,
    });
    await triageTicket(one, { ticketId: id, version: 1 });
    return id;
  };
  const pendingDraft = async (ticketId: string) =>
    one.db
      .selectFrom("drafts")
      .selectAll()
      .where("ticket_id", "=", ticketId)
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow();
  const reply = async (ticketId: string) =>
    approveDraft(one, { principal: lead, ticketId, draftId: (await pendingDraft(ticketId)).id });
  const audits = (ticketId: string, action: string) =>
    one.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", ticketId)
      .where("action", "=", action)
      .execute();
  const timers = async (ticketId: string) =>
    Object.fromEntries(
      ((await getTicket(one, { principal: lead, id: ticketId })).timers ?? []).map((t) => [t.kind, t]),
    );
  /** Both workers sweep at the same time (PostgreSQL) or one after the other (one SQLite file in one process). */
  const sweepTwice = async () =>
    dialect === "postgres"
      ? Promise.all([sweepSla(one), sweepSla(two)])
      : [await sweepSla(one), await sweepSla(two)];

  it("starts the clocks on a new ticket and meets the first response with the first reply", async () => {
    at("2026-03-02T09:00:00Z");
    const id = await ticket();
    let t = await timers(id);
    expect(t.first_response).toMatchObject({ state: "running", dueAt: "2026-03-02T10:00:00.000Z" });
    expect(t.next_update).toBeUndefined();
    later(20);
    await reply(id);
    t = await timers(id);
    expect(t.first_response).toMatchObject({ state: "met", metAt: "2026-03-02T09:20:00.000Z" });
    expect(t.next_update).toMatchObject({ state: "paused", startedAt: "2026-03-02T09:20:00.000Z" });
    expect(t.resolution).toMatchObject({ state: "paused", remainingMinutes: 580 });
  });

  it("records a warning and a breach exactly once, with two workers sweeping", async () => {
    at("2026-03-03T09:00:00Z");
    const id = await ticket();
    later(47);
    await sweepTwice();
    expect(await audits(id, "sla.warning")).toHaveLength(0);
    later(1);
    const [first, second] = await sweepTwice();
    expect((first?.warnings ?? 0) + (second?.warnings ?? 0)).toBeGreaterThanOrEqual(1);
    expect(await audits(id, "sla.warning")).toHaveLength(1);
    expect((await timers(id)).first_response).toMatchObject({
      state: "warning",
      warnedAt: now.toISOString(),
    });
    later(15);
    await sweepTwice();
    await sweepTwice();
    const breaches = await audits(id, "sla.breached");
    expect(breaches).toHaveLength(1);
    expect(JSON.parse(breaches[0]?.details ?? "{}")).toMatchObject({
      timer: "first_response",
      targetMinutes: 60,
    });
    expect(await audits(id, "sla.warning")).toHaveLength(1);
    expect((await timers(id)).first_response?.state).toBe("breached");
    // A late reply keeps the breach on record and records nothing new.
    await reply(id);
    await sweepTwice();
    expect((await timers(id)).first_response).toMatchObject({ state: "breached", metAt: now.toISOString() });
    expect(await audits(id, "sla.breached")).toHaveLength(1);
  });

  it("runs the sweep as a job on two workers and records one warning", async () => {
    at("2026-03-04T09:00:00Z");
    const id = await ticket();
    const workers = [
      new Worker(one, { workerId: "one", handlers: HANDLERS, pollMs: 5 }),
      new Worker(two, { workerId: "two", handlers: HANDLERS, pollMs: 5 }),
    ];
    // Whatever earlier tests left queued (their triage jobs ran inline) goes first.
    while (await workers[0]!.runOnce());
    later(50);
    // Two sweep jobs due at once (one retried after its lease ran out, say): each worker takes one.
    for (const key of ["a", "b"])
      await enqueue(one.db, one, { kind: SLA_SWEEP_JOB, payload: {}, dedupeKey: `test-sweep-${id}-${key}` });
    if (dialect === "postgres") await Promise.all(workers.map((w) => w.runOnce()));
    else for (const w of workers) await w.runOnce();
    const jobs = await one.db
      .selectFrom("jobs")
      .select("status")
      .where("dedupe_key", "like", `test-sweep-${id}-%`)
      .execute();
    expect(jobs.map((j) => j.status)).toEqual(["done", "done"]);
    expect(await audits(id, "sla.warning")).toHaveLength(1);
  });

  it("drafts a progress update once past the next-update target of an escalated ticket", async () => {
    at("2026-03-05T09:00:00Z");
    const id = await ticket("globex");
    await setTimeZone(one, { principal: lead, org: "globex", timeZone: "America/New_York" });
    await reply(id);
    later(10);
    await escalateTicket(one, {
      principal: lead,
      ticketId: id,
      team: "engineering",
      handoff: "Locked release, see log",
    });
    later(119);
    await sweepTwice();
    expect(await audits(id, "sla.progress-update-drafted")).toHaveLength(0);
    later(2);
    await sweepTwice();
    await sweepTwice();
    const drafts = await one.db
      .selectFrom("drafts")
      .selectAll()
      .where("ticket_id", "=", id)
      .where("purpose", "=", "progress-update")
      .execute();
    expect(drafts).toHaveLength(1);
    const draft = drafts[0]!;
    expect(draft).toMatchObject({ status: "pending", action_kind: "status-update" });
    expect(draft.body).toContain("is with our engineering team");
    // Sent now, the next update is due two hours on: 13:11 UTC is 08:11 in New York.
    expect(draft.body).toContain("by Thursday 5 March 2026 at 08:11 (America/New_York)");
    // Sending it keeps the ticket with engineering and starts a new period.
    later(5);
    const sent = await approveDraft(one, { principal: lead, ticketId: id, draftId: draft.id });
    expect(sent.status).toBe("escalated");
    expect((await timers(id)).next_update).toMatchObject({ state: "running", startedAt: now.toISOString() });
    later(121);
    await sweepTwice();
    expect(await audits(id, "sla.progress-update-drafted")).toHaveLength(2);
  });

  it("nudges after three business days waiting, then closes with notice after seven more", async () => {
    await saveSlaSettings(one, { principal: lead, settings: SETTINGS });
    at("2026-03-09T10:00:00Z"); // Monday
    const id = await ticket();
    await reply(id);
    at("2026-03-12T09:59:00Z"); // Thursday: 23 business hours and 59 minutes
    await sweepTwice();
    expect(await audits(id, "sla.nudge-drafted")).toHaveLength(0);
    at("2026-03-12T10:00:00Z");
    await sweepTwice();
    await sweepTwice();
    const nudges = await one.db
      .selectFrom("drafts")
      .selectAll()
      .where("ticket_id", "=", id)
      .where("purpose", "=", "nudge")
      .execute();
    expect(nudges).toHaveLength(1);
    expect(nudges[0]?.body).toContain("We are following up on your ticket");
    await approveDraft(one, { principal: lead, ticketId: id, draftId: nudges[0]!.id });
    expect((await getTicket(one, { principal: lead, id })).status).toBe("awaiting_customer");
    at("2026-03-23T09:59:00Z"); // seven business days after Thursday 10:00 is Monday 23rd 10:00
    await sweepTwice();
    expect(await audits(id, "sla.closure-notice-drafted")).toHaveLength(0);
    at("2026-03-23T10:00:00Z");
    await sweepTwice();
    await sweepTwice();
    const closure = await pendingDraft(id);
    expect(closure.purpose).toBe("closure-notice");
    expect(closure.body).toContain("reply to this message and the ticket will be reopened");
    const sent = await approveDraft(one, { principal: lead, ticketId: id, draftId: closure.id });
    expect(sent.status).toBe("closed");
  });

  it("closes at once when the policy says auto-close", async () => {
    await saveSlaSettings(one, {
      principal: lead,
      settings: {
        ...SETTINGS,
        waiting: { nudgeAfterBusinessDays: 1, closeAfterBusinessDays: 1, autoClose: true },
      },
    });
    at("2026-03-16T09:00:00Z");
    const id = await ticket();
    await reply(id);
    at("2026-03-17T09:00:00Z");
    await sweepTwice();
    await reply(id); // the nudge
    at("2026-03-18T09:00:00Z");
    await sweepTwice();
    const detail = await getTicket(one, { principal: lead, id });
    expect(detail.status).toBe("closed");
    expect(detail.messages.filter((m) => m.kind === "outbound")).toHaveLength(3);
    expect(await audits(id, "ticket.closed-no-reply")).toHaveLength(1);
    await saveSlaSettings(one, { principal: lead, settings: SETTINGS });
  });

  it("reopens on a customer reply, restarts the clocks and withdraws the pending nudge", async () => {
    at("2026-03-30T09:00:00Z");
    const id = await ticket();
    await reply(id);
    at("2026-04-02T09:00:00Z");
    await sweepTwice();
    expect((await pendingDraft(id)).purpose).toBe("nudge");
    const answer = await addMessage(one, {
      principal: lead,
      ticketId: id,
      kind: "inbound",
      body: "Still broken, logs attached",
    });
    expect(answer.status).toBe("in_progress");
    const nudge = await one.db
      .selectFrom("drafts")
      .selectAll()
      .where("ticket_id", "=", id)
      .where("purpose", "=", "nudge")
      .executeTakeFirstOrThrow();
    expect(nudge).toMatchObject({ status: "rejected", decided_by: "system:customer-replied" });
    const t = await timers(id);
    expect(t.next_update).toMatchObject({ state: "running", dueAt: "2026-04-02T11:00:00.000Z" });
    expect(t.resolution).toMatchObject({ state: "running", remainingMinutes: 600 });
    // A closed ticket: the reply reopens it and resolution runs again.
    await one.db.transaction().execute(async (trx) => {
      const { moveTicket } = await import("../src/service/move-ticket.ts");
      await moveTicket(trx, one, { ticketId: id, to: "closed", actor: "test", action: "ticket.status" });
    });
    expect((await timers(id)).resolution?.state).toBe("met");
    later(60);
    await addMessage(one, { principal: lead, ticketId: id, kind: "inbound", body: "It came back" });
    expect((await timers(id)).resolution).toMatchObject({ state: "running", metAt: null });
  });

  it("orders the queue by priority, then time left, and shows each ticket's most urgent timer", async () => {
    at("2026-04-06T09:00:00Z");
    const older = await ticket();
    later(10);
    const newer = await ticket();
    // The newer ticket's first response is due sooner once the older one has its first reply.
    later(5);
    await reply(older);
    const page = await findTickets(one, { principal: lead, queue: true, sort: "sla", limit: 200 });
    const priority = (await getTicket(one, { principal: lead, id: newer })).priority;
    const same = page.items.filter((item) => item.priority === priority);
    const dues = same.map((item) => item.sla?.dueAt ?? "9999");
    expect(dues).toEqual([...dues].sort());
    const row = page.items.find((item) => item.id === newer);
    expect(row?.sla).toMatchObject({
      kind: "first_response",
      state: "running",
      dueAt: "2026-04-06T10:10:00.000Z",
    });
    expect(page.items.find((item) => item.id === older)?.sla?.kind).toBe("next_update");
  });

  it("serves the settings to engineers, lets only leads change them, and validates them", async () => {
    const agent = (await createToken(one, { role: "agent" })).token;
    const leadToken = (await createToken(one, { role: "lead" })).token;
    const call = (method: string, path: string, token: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const got = await call("GET", "/api/v1/sla/settings", agent);
    expect(got.status).toBe(200);
    const { settings } = (await got.json()) as { settings: TSlaSettings };
    expect(settings.policies).toHaveLength(4);
    expect((await call("PUT", "/api/v1/sla/settings", agent, settings)).status).toBe(403);
    const bad = await call("PUT", "/api/v1/sla/settings", leadToken, {
      ...settings,
      calendar: { ...settings.calendar, timeZone: "Mars/Olympus" },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("IANA");
    const changed = { ...settings, calendar: { ...settings.calendar, holidays: ["2026-12-25"] } };
    const put = await call("PUT", "/api/v1/sla/settings", leadToken, changed);
    expect(put.status).toBe(200);
    expect(((await put.json()) as { updatedBy: string }).updatedBy).toMatch(/:lead$/);
    const queue = await call("GET", "/api/v1/queue?sort=sla&limit=5", agent);
    expect(queue.status).toBe(200);
    const items = ((await queue.json()) as { items: { sla?: unknown }[] }).items;
    expect(items.some((item) => item.sla)).toBe(true);
    expect(
      (await call("PUT", "/api/v1/sla/time-zones", agent, { org: "acme", timeZone: "UTC" })).status,
    ).toBe(403);
  });
});
