import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimJob, enqueue, backoffMs } from "../src/jobs/queue.ts";
import { enqueueRecurring } from "../src/jobs/schedule.ts";
import { Worker } from "../src/jobs/worker.ts";
import type { Deps } from "../src/service/deps.ts";
import { createTestDatabase, openTwoDeps, type TestDatabase } from "./helpers/store.ts";

describe.each(["sqlite", "postgres"] as const)("job queue on %s", (dialect) => {
  let database: TestDatabase;
  let closeStores: (() => Promise<void>) | undefined;
  let first: Deps;
  let second: Deps;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    // Two independent connections (pools), as two worker processes would have.
    ({ one: first, two: second, close: closeStores } = await openTwoDeps(database));
  });
  afterAll(async () => {
    await closeStores?.();
    await database.drop();
  });

  it("never lets two workers run the same job", async () => {
    const total = 60;
    for (let i = 0; i < total; i++) await enqueue(first.db, first, { kind: "count", payload: { i } });
    const seen: number[] = [];
    const handlers = {
      count: async (_deps: Deps, payload: Record<string, unknown>) => {
        seen.push(Number(payload.i));
        await new Promise((resolve) => setTimeout(resolve, 2));
      },
    };
    const workers = [
      new Worker(first, { workerId: "one", handlers, pollMs: 5 }),
      new Worker(second, { workerId: "two", handlers, pollMs: 5 }),
    ];
    for (const worker of workers) worker.start();
    const deadline = Date.now() + 20_000;
    while (seen.length < total && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all(workers.map((worker) => worker.stop()));
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(workers.every((worker) => worker.processed > 0)).toBe(true);
    const done = await first.db.selectFrom("jobs").select("status").where("kind", "=", "count").execute();
    expect(done.every((job) => job.status === "done")).toBe(true);
  });

  it("retries a failing job with backoff and gives up after its last attempt", async () => {
    let now = new Date("2026-01-01T00:00:00Z");
    const deps = { ...first, clock: () => now };
    await enqueue(deps.db, deps, { kind: "flaky", payload: {}, maxAttempts: 2 });
    const worker = new Worker(deps, {
      workerId: "w",
      handlers: { flaky: () => Promise.reject(new Error("boom")) },
      pollMs: 5,
    });
    expect(await worker.runOnce()).toBe(true);
    expect(await worker.runOnce()).toBe(false);
    now = new Date(now.getTime() + backoffMs(1) + 1);
    expect(await worker.runOnce()).toBe(true);
    const job = await deps.db
      .selectFrom("jobs")
      .selectAll()
      .where("kind", "=", "flaky")
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: "failed", attempts: 2, last_error: "boom" });
  });

  it("takes over a job whose worker died when its lease runs out", async () => {
    let now = new Date("2026-02-01T00:00:00Z");
    const deps = { ...first, clock: () => now };
    await enqueue(deps.db, deps, { kind: "orphan", payload: {}, runAt: now });
    const claimed = await claimJob(deps, "crashed-worker", 1000);
    expect(claimed?.kind).toBe("orphan");
    expect(await claimJob(deps, "other", 1000)).toBeNull();
    now = new Date(now.getTime() + 1001);
    expect((await claimJob(deps, "other", 1000))?.id).toBe(claimed?.id);
  });

  it("enqueues a job with a dedupe key once", async () => {
    await enqueue(first.db, first, { kind: "once", payload: {}, dedupeKey: "same" });
    await enqueue(first.db, first, { kind: "once", payload: {}, dedupeKey: "same" });
    const rows = await first.db.selectFrom("jobs").select("id").where("kind", "=", "once").execute();
    expect(rows).toHaveLength(1);
  });

  it("enqueues a recurring job once per period across workers, and again in the next period", async () => {
    let now = new Date("2026-03-02T10:00:30Z");
    const clock = () => now;
    const sweep = [{ kind: "sweep", everyMs: 60_000 }];
    await Promise.all([
      enqueueRecurring({ ...first, clock }, sweep),
      enqueueRecurring({ ...second, clock }, sweep),
      enqueueRecurring({ ...first, clock }, sweep),
    ]);
    now = new Date("2026-03-02T10:01:05Z");
    await enqueueRecurring({ ...second, clock }, sweep);
    const rows = await first.db
      .selectFrom("jobs")
      .select(["dedupe_key", "run_at"])
      .where("kind", "=", "sweep")
      .orderBy("run_at")
      .execute();
    expect(rows).toEqual([
      { dedupe_key: "sweep@2026-03-02T10:00:00.000Z", run_at: "2026-03-02T10:00:00.000Z" },
      { dedupe_key: "sweep@2026-03-02T10:01:00.000Z", run_at: "2026-03-02T10:01:00.000Z" },
    ]);
  });
});
