import type { Deps } from "../service/deps.ts";
import type { JobHandler } from "./worker.ts";
import { claimJobByKey, completeJob, failJob } from "./queue.ts";

/**
 * Runs a just-enqueued job in the caller's process when no worker has taken it yet, so an API
 * answer can include its result. On failure the job goes back to the queue for the workers.
 */
export async function runJobNow(
  deps: Deps,
  handlers: Record<string, JobHandler>,
  dedupeKey: string,
  workerId: string,
  leaseMs = 60_000,
): Promise<boolean> {
  const job = await claimJobByKey(deps, dedupeKey, workerId, leaseMs);
  if (!job) return false;
  try {
    const handler = handlers[job.kind];
    if (!handler) throw new Error(`no handler for job kind '${job.kind}'`);
    await handler(deps, job.payload);
    await completeJob(deps, job, workerId);
    return true;
  } catch (error) {
    deps.log.error("inline job failed; left for the workers", { job: job.id, error: String(error) });
    await failJob(deps, job, workerId, error);
    return false;
  }
}
