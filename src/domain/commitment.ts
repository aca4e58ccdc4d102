import { z } from "@hono/zod-openapi";

/** Schemas of promises made to customers (commitments), their counts and their reminders. */

export const COMMITMENT_STATUSES = ["open", "kept", "missed", "cancelled"] as const;
export const ZCommitmentStatus = z.enum(COMMITMENT_STATUSES);

export const ZCommitment = z
  .object({
    id: z.string(),
    ticketId: z.string(),
    ticketSubject: z.string().nullable(),
    messageId: z.string(),
    /** The engineer's id, or `deckhand`. */
    owner: z.string(),
    ownerName: z.string().nullable(),
    /** The ticket's area when the promise was made. */
    team: z.string().nullable(),
    /** The sentence that made the promise. */
    text: z.string(),
    phrase: z.string(),
    kind: z.enum(["time", "event"]),
    /** What an event promise waits on. */
    condition: z.string().nullable(),
    dueAt: z.string().nullable(),
    /** The customer's zone the due time was read in. */
    timeZone: z.string(),
    confidence: z.number(),
    /** `sla` when the SLA's next-update timer backs the time. */
    backedBy: z.string().nullable(),
    status: ZCommitmentStatus,
    remindedAt: z.string().nullable(),
    keptAt: z.string().nullable(),
    settledAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Commitment");
export type TCommitment = z.infer<typeof ZCommitment>;

export const ZCommitmentQuery = z.object({
  status: ZCommitmentStatus.optional(),
  ticketId: z.string().min(1).max(100).optional(),
  /** An engineer id, `deckhand`, or `me` for the caller's own. */
  owner: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

const ZCounts = z.object({
  kept: z.number().int(),
  missed: z.number().int(),
  open: z.number().int(),
  cancelled: z.number().int(),
});

export const ZCommitmentStats = z
  .object({
    since: z.string(),
    total: ZCounts,
    byEngineer: z.array(ZCounts.extend({ owner: z.string(), name: z.string().nullable() })),
    byTeam: z.array(ZCounts.extend({ team: z.string() })),
  })
  .openapi("CommitmentStats");
export type TCommitmentStats = z.infer<typeof ZCommitmentStats>;

export const ZCommitmentStatsQuery = z.object({
  /** Promises made at or after this instant (ISO 8601); 30 days back by default. */
  since: z.string().datetime({ offset: true }).optional(),
});

export const ZReminder = z
  .object({
    id: z.string(),
    commitmentId: z.string(),
    ticketId: z.string(),
    /** "You promised X on ticket Y by Z". */
    message: z.string(),
    dueAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Reminder");
export type TReminder = z.infer<typeof ZReminder>;
