import { z } from "zod";
import type { Recurring } from "../jobs/schedule.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { composeDigest, storeDigest } from "./generate-digest.ts";

/** The recurring job's payload: the period it was enqueued for, and the period's length. */
export const ZDigestJobPayload = z.object({
  periodStart: z.string().datetime(),
  everyMs: z.number().int().min(60_000),
});

/**
 * The scheduled digest: the job enqueued at the start of a period writes the digest of the period
 * that just ended. Safe to run twice and from two workers at once: a period is stored once.
 */
export async function storeScheduledDigest(
  deps: Deps,
  payload: z.infer<typeof ZDigestJobPayload>,
): Promise<void> {
  const end = new Date(payload.periodStart);
  const period = {
    start: new Date(end.getTime() - payload.everyMs).toISOString(),
    end: end.toISOString(),
  };
  const exists = await deps.db
    .selectFrom("digests")
    .select("id")
    .where("period_start", "=", period.start)
    .where("period_end", "=", period.end)
    .executeTakeFirst();
  if (exists) return;
  const { data, markdown } = await composeDigest(deps, period);
  await deps.db.transaction().execute(async (trx) => {
    const stored = await storeDigest(trx, deps, { period, data, markdown, replace: false });
    if (!stored.written) return;
    await audit(trx, deps, {
      actor: "deckhand:digest",
      action: "digest.generated",
      entityType: "digest",
      entityId: stored.id,
      details: { periodStart: period.start, periodEnd: period.end, scheduled: true },
    });
  });
  deps.log.info("digest stored", { periodStart: period.start, periodEnd: period.end });
}

/** The job kind of the scheduled digest. */
export const DIGEST_JOB = "digest";
/** A digest a week unless DECKHAND_DIGEST_EVERY says otherwise. */
export const DEFAULT_DIGEST_EVERY_MS = 7 * 86_400_000;

/** The recurring digest job for periods of `everyMs`. */
export const digestRecurring = (everyMs: number = DEFAULT_DIGEST_EVERY_MS): Recurring => ({
  kind: DIGEST_JOB,
  everyMs,
  payload: { everyMs },
});

/** The recurring jobs with the digest's period taken from the configuration. */
export function withDigestEvery(recurring: readonly Recurring[], everyMs: number): Recurring[] {
  return recurring.map((job) => (job.kind === DIGEST_JOB ? digestRecurring(everyMs) : job));
}
