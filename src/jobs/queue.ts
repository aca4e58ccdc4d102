import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";
import { nowIso } from "../service/deps.ts";

export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export interface EnqueueOptions {
  kind: string;
  payload: Record<string, unknown>;
  /** Jobs with the same key are enqueued once: a second enqueue is ignored. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Adds a job in the caller's transaction, so it commits (or not) with the change that needs it. */
export async function enqueue(
  db: Kysely<Database> | Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  options: EnqueueOptions,
): Promise<void> {
  const now = nowIso(deps);
  await db
    .insertInto("jobs")
    .values({
      id: deps.ids(),
      kind: options.kind,
      payload: JSON.stringify(options.payload),
      status: "queued",
      attempts: 0,
      max_attempts: options.maxAttempts ?? 5,
      run_at: options.runAt?.toISOString() ?? now,
      locked_by: null,
      locked_until: null,
      last_error: null,
      dedupe_key: options.dedupeKey ?? null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .execute();
}

/**
 * Claims the next due job, or one whose previous worker's lease ran out (it crashed). On
 * PostgreSQL the row is locked with SKIP LOCKED so concurrent workers never take the same job; on
 * SQLite the single UPDATE is atomic because SQLite has one writer at a time.
 */
export async function claimJob(
  deps: Pick<Deps, "db" | "dialect" | "clock">,
  workerId: string,
  leaseMs: number,
): Promise<Job | null> {
  const now = nowIso(deps);
  const until = new Date(deps.clock().getTime() + leaseMs).toISOString();
  const lock = deps.dialect === "postgres" ? sql`FOR UPDATE SKIP LOCKED` : sql``;
  const result = await sql<{
    id: string;
    kind: string;
    payload: string;
    attempts: number;
    max_attempts: number;
  }>`
    UPDATE jobs SET status = 'running', locked_by = ${workerId}, locked_until = ${until},
      attempts = attempts + 1, updated_at = ${now}
    WHERE id = (
      SELECT id FROM jobs
      WHERE (status = 'queued' AND run_at <= ${now}) OR (status = 'running' AND locked_until < ${now})
      ORDER BY run_at LIMIT 1 ${lock}
    )
    RETURNING id, kind, payload, attempts, max_attempts`.execute(deps.db);
  const row = result.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
  };
}

/** Changes a job, but only while this worker still holds it: a job taken over is left alone. */
async function updateHeld(
  deps: Pick<Deps, "db" | "clock">,
  job: Job,
  workerId: string,
  set: { status: "done" | "queued" | "failed"; attempts?: number; run_at?: string; last_error?: string },
): Promise<void> {
  await deps.db
    .updateTable("jobs")
    .set({ ...set, locked_by: null, locked_until: null, updated_at: nowIso(deps) })
    .where("id", "=", job.id)
    .where("locked_by", "=", workerId)
    .execute();
}

/** Marks a job done, but only if this worker still holds it. */
export async function completeJob(
  deps: Pick<Deps, "db" | "clock">,
  job: Job,
  workerId: string,
): Promise<void> {
  await updateHeld(deps, job, workerId, { status: "done" });
}

/** Exponential backoff: 2, 4, 8 ... seconds, capped at ten minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(600_000, 1000 * 2 ** attempts);
}

/** Puts a failed job back with a backoff, or gives up after its last attempt. */
export async function failJob(
  deps: Pick<Deps, "db" | "clock">,
  job: Job,
  workerId: string,
  error: unknown,
): Promise<void> {
  await updateHeld(deps, job, workerId, {
    status: job.attempts >= job.maxAttempts ? "failed" : "queued",
    run_at: new Date(deps.clock().getTime() + backoffMs(job.attempts)).toISOString(),
    last_error: String(error instanceof Error ? error.message : error).slice(0, 2000),
  });
}

/** Hands a claimed job back untouched (graceful shutdown): another worker takes it at once. */
export async function releaseJob(
  deps: Pick<Deps, "db" | "clock">,
  job: Job,
  workerId: string,
): Promise<void> {
  await updateHeld(deps, job, workerId, { status: "queued", attempts: Math.max(0, job.attempts - 1) });
}

/** Claims one specific queued job by its dedupe key (to run it at once), unless a worker has it. */
export async function claimJobByKey(
  deps: Pick<Deps, "db" | "clock">,
  dedupeKey: string,
  workerId: string,
  leaseMs: number,
): Promise<Job | null> {
  const now = nowIso(deps);
  const row = await deps.db
    .updateTable("jobs")
    .set((eb) => ({
      status: "running",
      locked_by: workerId,
      locked_until: new Date(deps.clock().getTime() + leaseMs).toISOString(),
      attempts: eb("attempts", "+", 1),
      updated_at: now,
    }))
    .where("dedupe_key", "=", dedupeKey)
    .where("status", "=", "queued")
    .returning(["id", "kind", "payload", "attempts", "max_attempts"])
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
  };
}
