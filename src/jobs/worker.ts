import type { Deps } from "../service/deps.ts";
import { claimJob, completeJob, failJob, releaseJob, type Job } from "./queue.ts";
import { enqueueRecurring, type Recurring } from "./schedule.ts";

export type JobHandler = (deps: Deps, payload: Record<string, unknown>) => Promise<void>;

export interface WorkerOptions {
  workerId: string;
  handlers: Record<string, JobHandler>;
  pollMs: number;
  /** How long a claim lasts before another worker may assume this one died. */
  leaseMs?: number;
  /** Jobs this worker enqueues for each period as it polls (each period once across all workers). */
  recurring?: readonly Recurring[];
}

/** Claims and runs jobs until stopped; a stop waits for the job in hand to finish. */
export class Worker {
  private running = false;
  private stopping = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  processed = 0;

  constructor(
    private readonly deps: Deps,
    private readonly options: WorkerOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops claiming; resolves once the current job (if any) has finished. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  /** Claims and runs one job; false when there was none. */
  async runOnce(): Promise<boolean> {
    const { workerId } = this.options;
    const job = await claimJob(this.deps, workerId, this.options.leaseMs ?? 60_000);
    if (!job) return false;
    await this.execute(job);
    return true;
  }

  private async execute(job: Job): Promise<void> {
    const { workerId, handlers } = this.options;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind '${job.kind}'`);
      await handler(this.deps, job.payload);
      await completeJob(this.deps, job, workerId);
      this.processed++;
    } catch (error) {
      this.deps.log.error("job failed", {
        job: job.id,
        kind: job.kind,
        attempt: job.attempts,
        error: String(error),
      });
      // Interrupted by a shutdown on its first try: hand it back untouched rather than count a failure.
      if (this.stopping && job.attempts <= 1) await releaseJob(this.deps, job, workerId);
      else await failJob(this.deps, job, workerId, error);
    }
  }

  private async run(): Promise<void> {
    let scheduledAt = 0;
    while (this.running) {
      let worked = false;
      try {
        const now = this.deps.clock().getTime();
        if (this.options.recurring?.length && now - scheduledAt >= this.options.pollMs) {
          scheduledAt = now;
          await enqueueRecurring(this.deps, this.options.recurring);
        }
        worked = await this.runOnce();
      } catch (error) {
        this.deps.log.error("worker could not claim a job", { error: String(error) });
      }
      if (!worked && this.running) await this.sleep(this.options.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
