import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractCommitments } from "../src/commitments/extract.ts";
import type { App } from "../src/http/app.ts";
import { HANDLERS } from "../src/jobs/handlers.ts";
import { enqueue } from "../src/jobs/queue.ts";
import { enqueueRecurring } from "../src/jobs/schedule.ts";
import { Worker } from "../src/jobs/worker.ts";
import { addMessage } from "../src/service/add-message.ts";
import { approveDraft } from "../src/service/approve-draft.ts";
import { changeStatus } from "../src/service/change-status.ts";
import { createDraft } from "../src/service/create-draft.ts";
import { createTicket } from "../src/service/create-ticket.ts";
import type { Deps } from "../src/service/deps.ts";
import { getCommitmentStats } from "../src/service/get-commitment-stats.ts";
import type { Principal } from "../src/service/principal.ts";
import { REMIND_COMMITMENT_JOB, remindCommitment } from "../src/service/remind-commitment.ts";
import { sendReply } from "../src/service/send-reply.ts";
import { commitmentSweep } from "../src/service/sweep-commitments.ts";
import { createToken } from "../src/service/tokens.ts";
import { triageTicket } from "../src/service/triage-ticket.ts";
import { openTestApp } from "./helpers/app.ts";
import { createTestDatabase, insertEngineer, openTwoDeps, type TestDatabase } from "./helpers/store.ts";

const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";
const MINUTE = 60_000;

describe.each(["sqlite", "postgres"] as const)("commitments on %s", (dialect) => {
  let database: TestDatabase;
  let closeStores: (() => Promise<void>) | undefined;
  let now = new Date("2026-03-24T10:00:00Z");
  const clock = () => now;
  let one: Deps;
  let two: Deps;
  let app: App;
  let adminToken: string;
  let counter = 0;
  const engineerId = "eng-alex";
  const alex: Principal = { kind: "engineer", role: "agent", tokenId: "t-alex", engineerId };
  const lead: Principal = { kind: "engineer", role: "lead", tokenId: "t-lead", engineerId: "eng-lee" };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    // Two connections (pools) on one database, as two worker processes would have.
    ({ one, two, close: closeStores } = await openTwoDeps(database, clock));
    app = openTestApp(one);
    adminToken = (await createToken(one, { role: "admin" })).token;
    await insertEngineer(one, { id: engineerId, email: "alex@deckhand.test", name: "Alex", role: "agent" });
  });
  afterAll(async () => {
    await closeStores?.();
    await database.drop();
  });

  const at = (iso: string) => {
    now = new Date(iso);
  };
  /** A triaged ticket of a customer in London, with its pending draft. */
  const ticket = async () => {
    const { id } = await createTicket(one, {
      ticket: {
        externalId: `promise-${++counter}`,
        subject: "Upgrade locked",
        body: LOCKED,
        customer: { org: "acme" },
      },
      principal: lead,
    });
    await one.db
      .updateTable("organisations")
      .set({ time_zone: "Europe/London" })
      .where("slug", "=", "acme")
      .execute();
    await triageTicket(one, { ticketId: id, version: 1 });
    return id;
  };
  const pendingDraft = (ticketId: string) =>
    one.db
      .selectFrom("drafts")
      .selectAll()
      .where("ticket_id", "=", ticketId)
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow();
  const approveWith = async (ticketId: string, body: string) =>
    approveDraft(one, { principal: alex, ticketId, draftId: (await pendingDraft(ticketId)).id, body });
  const commitments = (ticketId: string) =>
    one.db
      .selectFrom("commitments")
      .selectAll()
      .where("ticket_id", "=", ticketId)
      .orderBy("created_at")
      .execute();
  const audits = (ticketId: string, action: string) =>
    one.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", ticketId)
      .where("action", "=", action)
      .execute();
  const workers = () => [
    new Worker(one, { workerId: "one", handlers: HANDLERS, pollMs: 5 }),
    new Worker(two, { workerId: "two", handlers: HANDLERS, pollMs: 5 }),
  ];
  /** Each minute from `fromIso`, both workers schedule the sweep and run jobs side by side until none is left. */
  const runMinutes = async (fromIso: string, minutes: number) => {
    const [w1, w2] = workers();
    const recurring = [commitmentSweep()];
    for (let i = 0; i < minutes; i++) {
      now = new Date(Date.parse(fromIso) + i * MINUTE);
      await Promise.all([enqueueRecurring(one, recurring), enqueueRecurring(two, recurring)]);
      for (;;) {
        const ran = await Promise.all([w1!.runOnce(), w2!.runOnce()]);
        if (!ran.some(Boolean)) break;
      }
    }
  };

  let promised: string;
  let late: string;

  it("records a promise made in an approved reply, due in the customer's zone, owned by the engineer", async () => {
    at("2026-03-24T10:00:00Z");
    promised = await ticket();
    late = await ticket();
    await approveWith(
      promised,
      "Thanks for the logs. I'll update you by 3pm tomorrow.\n\n> Can you fix it today?",
    );
    await approveWith(late, "We are looking into it. You'll hear from us by end of day.");
    const [first] = await commitments(promised);
    expect(first).toMatchObject({
      owner: engineerId,
      kind: "time",
      phrase: "by 3pm tomorrow",
      // 15:00 in London on 25 March (GMT).
      due_at: "2026-03-25T15:00:00.000Z",
      time_zone: "Europe/London",
      status: "open",
      reminded_at: null,
      text: "I'll update you by 3pm tomorrow.",
    });
    expect(first?.team).toBe(
      (await one.db.selectFrom("tickets").select("area").where("id", "=", promised).executeTakeFirstOrThrow())
        .area,
    );
    expect(await audits(promised, "commitment.made")).toHaveLength(1);
    expect((await commitments(late))[0]).toMatchObject({
      due_at: "2026-03-24T17:00:00.000Z",
      status: "open",
    });
  });

  it("marks a promise with no reply by its due time missed, exactly once", async () => {
    await runMinutes("2026-03-24T16:59:00Z", 4);
    expect((await commitments(late))[0]).toMatchObject({
      status: "missed",
      settled_at: "2026-03-24T17:01:00.000Z",
    });
    expect(await audits(late, "commitment.missed")).toHaveLength(1);
    // A reply after the due time does not turn it into a kept one, nor mark it again.
    at("2026-03-24T17:30:00Z");
    await addMessage(one, {
      principal: alex,
      ticketId: late,
      kind: "outbound",
      body: "Sorry for the delay: the fix is in.",
    });
    expect((await commitments(late))[0]?.status).toBe("missed");
    expect(await audits(late, "commitment.missed")).toHaveLength(1);
    // The one for tomorrow is not due for a reminder yet.
    expect((await commitments(promised))[0]?.reminded_at).toBeNull();
  });

  it("reminds the owner exactly once across two workers and drafts a follow-up that promises nothing new", async () => {
    // Reminded an hour before 15:00: the sweep at 14:00 finds it; both workers poll every minute.
    await runMinutes("2026-03-25T13:57:00Z", 6);
    const [commitment] = await commitments(promised);
    expect(commitment?.reminded_at).toBe("2026-03-25T14:00:00.000Z");
    const reminders = await one.db
      .selectFrom("reminders")
      .selectAll()
      .where("ticket_id", "=", promised)
      .execute();
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ recipient: engineerId, dismissed_at: null });
    expect(reminders[0]?.message).toBe(
      `You promised "I'll update you by 3pm tomorrow." on ticket "Upgrade locked" by Wed 25 Mar 2026 15:00 (Europe/London)`,
    );
    expect(await audits(promised, "commitment.reminded")).toHaveLength(1);
    const drafts = await one.db
      .selectFrom("drafts")
      .selectAll()
      .where("ticket_id", "=", promised)
      .where("purpose", "=", "commitment-follow-up")
      .execute();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ status: "pending", action_kind: "status-update" });
    expect(extractCommitments(drafts[0]?.body ?? "", { now, timeZone: "Europe/London" })).toEqual([]);

    // Another run of the job (a retry, or a second enqueue) finds it claimed and does nothing, even
    // when both workers run it at once (PostgreSQL; one SQLite file in one process has one writer).
    await enqueue(one.db, one, {
      kind: REMIND_COMMITMENT_JOB,
      payload: { commitmentId: commitment?.id },
      dedupeKey: "again-1",
    });
    await enqueue(one.db, one, {
      kind: REMIND_COMMITMENT_JOB,
      payload: { commitmentId: commitment?.id },
      dedupeKey: "again-2",
    });
    if (dialect === "postgres") {
      await Promise.all(workers().map((worker) => worker.runOnce()));
      await Promise.all([
        remindCommitment(one, { commitmentId: commitment?.id ?? "" }),
        remindCommitment(two, { commitmentId: commitment?.id ?? "" }),
      ]);
    } else {
      for (const worker of workers()) await worker.runOnce();
    }
    expect(
      await one.db.selectFrom("reminders").selectAll().where("ticket_id", "=", promised).execute(),
    ).toHaveLength(1);
    expect(await audits(promised, "commitment.reminded")).toHaveLength(1);
  });

  it("lets exactly one of two reminders racing for the same promise act", async () => {
    at("2026-03-25T09:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await ticket();
      await approveWith(id, "I will send you the patched chart within 4 hours.");
      ids.push(id);
    }
    at("2026-03-25T12:30:00Z");
    for (const id of ids) {
      const commitmentId = (await commitments(id))[0]?.id ?? "";
      // Both at once on PostgreSQL; one after the other on SQLite (one writer per file, one process).
      if (dialect === "postgres")
        await Promise.all([remindCommitment(one, { commitmentId }), remindCommitment(two, { commitmentId })]);
      else for (const deps of [one, two]) await remindCommitment(deps, { commitmentId });
      expect(
        await one.db.selectFrom("reminders").selectAll().where("ticket_id", "=", id).execute(),
      ).toHaveLength(1);
      expect(await audits(id, "commitment.reminded")).toHaveLength(1);
      const followUps = await one.db
        .selectFrom("drafts")
        .select("id")
        .where("ticket_id", "=", id)
        .where("purpose", "=", "commitment-follow-up")
        .execute();
      expect(followUps).toHaveLength(1);
      // Settled here so the counts below see only the two promises above.
      await one.db.transaction().execute((trx) =>
        sendReply(trx, one, {
          ticketId: id,
          body: "Here is the patched chart.",
          actor: `engineer:${engineerId}:agent`,
        }),
      );
      await one.db
        .updateTable("commitments")
        .set({ created_at: "2026-03-23T00:00:00.000Z" })
        .where("ticket_id", "=", id)
        .execute();
    }
  });

  it("a reply before the due time keeps the promise, and it shows on the ticket and in the lists", async () => {
    at("2026-03-25T14:30:00Z");
    const draft = await pendingDraft(promised);
    expect(draft.purpose).toBe("commitment-follow-up");
    await approveDraft(one, { principal: alex, ticketId: promised, draftId: draft.id });
    const [commitment, ...rest] = await commitments(promised);
    expect(commitment).toMatchObject({ status: "kept", kept_at: "2026-03-25T14:30:00.000Z" });
    expect(rest).toEqual([]);
    expect(await audits(promised, "commitment.kept")).toHaveLength(1);

    const get = async (path: string) => {
      const response = await app.request(path, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(response.status).toBe(200);
      return response.json() as Promise<Record<string, unknown>>;
    };
    const detail = (await get(`/api/v1/tickets/${promised}`)) as {
      commitments: { status: string; phrase: string; ownerName: string }[];
    };
    expect(detail.commitments).toEqual([
      expect.objectContaining({ status: "kept", phrase: "by 3pm tomorrow", ownerName: "Alex" }),
    ]);
    const missed = (await get("/api/v1/commitments?status=missed")) as { items: { ticketId: string }[] };
    expect(missed.items.map((c) => c.ticketId)).toEqual([late]);
  });

  it("counts kept and missed per engineer and per team", async () => {
    const stats = await getCommitmentStats(one, { principal: lead, since: "2026-03-24T00:00:00Z" });
    expect(stats.total).toEqual({ kept: 1, missed: 1, open: 0, cancelled: 0 });
    expect(stats.byEngineer).toEqual([
      { owner: engineerId, name: "Alex", kept: 1, missed: 1, open: 0, cancelled: 0 },
    ]);
    expect(stats.byTeam.map((t) => [t.kept, t.missed])).toEqual([[1, 1]]);
    const response = await app.request("/api/v1/commitments/stats?since=2026-03-25T00:00:00Z", {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(((await response.json()) as { total: unknown }).total).toEqual({
      kept: 0,
      missed: 0,
      open: 0,
      cancelled: 0,
    });
  });

  it("keeps a promise when the ticket is resolved first, and lists reminders only for their owner", async () => {
    at("2026-03-26T09:00:00Z");
    const id = await ticket();
    await approveWith(
      id,
      "We'll have an answer within 2 days, and we will update you once engineering confirms the cause.",
    );
    expect((await commitments(id)).map((c) => [c.kind, c.due_at])).toEqual([
      ["time", "2026-03-28T09:00:00.000Z"],
      ["event", null],
    ]);
    at("2026-03-26T11:00:00Z");
    await changeStatus(one, { principal: alex, ticketId: id, status: "resolved" });
    expect((await commitments(id)).map((c) => c.status)).toEqual(["kept", "kept"]);

    const asAlex = await app.request("/api/v1/reminders", {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(((await asAlex.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it("takes time promises out of text Deckhand writes itself, in drafts and in its own sends", async () => {
    at("2026-03-26T12:00:00Z");
    const id = await ticket();
    const { draftId } = await one.db.transaction().execute((trx) =>
      createDraft(trx, one, {
        ticketId: id,
        body: "We are looking at it. We will have a fix for you by Friday.\n\nWe will update you once engineering confirms.",
        purpose: "commitment-follow-up",
        actionKind: "status-update",
        triageVersion: 1,
        area: null,
        code: null,
        confidence: null,
        priority: null,
        escalated: false,
      }),
    );
    const draft = await one.db
      .selectFrom("drafts")
      .select("body")
      .where("id", "=", draftId)
      .executeTakeFirstOrThrow();
    expect(draft.body).toBe("We are looking at it.\n\nWe will update you once engineering confirms.");
    expect(await audits(id, "draft.promises-removed")).toHaveLength(1);

    await one.db.transaction().execute((trx) =>
      sendReply(trx, one, {
        ticketId: id,
        body: "Status: investigating. Expect an update within 2 hours.",
        actor: "deckhand:autonomy",
      }),
    );
    const sent = await one.db
      .selectFrom("messages")
      .select("body")
      .where("ticket_id", "=", id)
      .where("kind", "=", "outbound")
      .executeTakeFirstOrThrow();
    expect(sent.body).toBe("Status: investigating.");
    expect(await commitments(id)).toEqual([]);
  });
});
