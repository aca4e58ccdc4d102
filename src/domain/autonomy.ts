import { z } from "@hono/zod-openapi";
import { ZActionKind } from "./draft.ts";

/** Schemas of earned autonomy: levels, the policy, categories with their numbers, overrides, ratings. */

/** How far Deckhand may go alone in a category, from least to most. */
export const LEVELS = ["draft-only", "hold", "send"] as const;
export const ZLevel = z.enum(LEVELS);
export type TLevel = z.infer<typeof ZLevel>;

/** What a person did with a draft. */
export const REVIEW_OUTCOMES = ["unchanged", "edited", "rejected"] as const;
export type TReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** A root-cause code (`k8s.pod.image-pull-auth`) or, for drafts without one, `area:<area>`. */
export const ZCause = z
  .string()
  .min(1)
  .max(130)
  .regex(/^(area:)?[a-z0-9][a-z0-9._-]*$/, "a root-cause code or area:<area>");

export const ZAutonomyPolicy = z
  .object({
    /** Reviews needed in the window (since the last level change) to move up one level. */
    minReviews: z.number().int().min(1).max(10_000),
    /** Days of reviews that count. */
    windowDays: z.number().int().min(1).max(365),
    /** Share of those reviews approved unchanged or with a small edit. */
    minAcceptedShare: z.number().min(0).max(1),
    /** No rejection among this many latest reviews of the category. */
    noRejectionInLast: z.number().int().min(0).max(1000),
    /** How long a held draft waits for a person before it is sent. */
    holdMinutes: z.number().int().min(1).max(10_080),
    /** Below this diagnosis confidence a person always reviews. */
    confidenceFloor: z.number().min(0).max(1),
    /** An edit changing at most this share of the draft (characters added + removed) is small. */
    smallEditRatio: z.number().min(0).max(1),
  })
  .openapi("AutonomyPolicy");
export type TAutonomyPolicy = z.infer<typeof ZAutonomyPolicy>;

/** A partial policy update; null puts a setting back to its default. */
const policy = ZAutonomyPolicy.shape;
export const ZAutonomyPolicyIn = z
  .object({
    minReviews: policy.minReviews.nullable().optional(),
    windowDays: policy.windowDays.nullable().optional(),
    minAcceptedShare: policy.minAcceptedShare.nullable().optional(),
    noRejectionInLast: policy.noRejectionInLast.nullable().optional(),
    holdMinutes: policy.holdMinutes.nullable().optional(),
    confidenceFloor: policy.confidenceFloor.nullable().optional(),
    smallEditRatio: policy.smallEditRatio.nullable().optional(),
  })
  .strict()
  .openapi("AutonomyPolicyIn");
export type TAutonomyPolicyIn = z.infer<typeof ZAutonomyPolicyIn>;

export const ZAutonomyPolicyView = z
  .object({
    policy: ZAutonomyPolicy,
    defaults: ZAutonomyPolicy,
    /** Settings changed from their defaults. */
    overridden: z.array(z.string()),
  })
  .openapi("AutonomyPolicyView");
export type TAutonomyPolicyView = z.infer<typeof ZAutonomyPolicyView>;

/** The reviews that justify a category's level, as of now. */
export const ZCategoryNumbers = z.object({
  reviews: z.number().int(),
  accepted: z.number().int(),
  unchanged: z.number().int(),
  edited: z.number().int(),
  rejected: z.number().int(),
  acceptedShare: z.number().nullable(),
  windowDays: z.number().int(),
  /** Reviews count from here: the later of the window's start and the last level change. */
  countingFrom: z.string(),
  lastRejectionAt: z.string().nullable(),
  /** Reviews since the last rejection (all reviews when there was none). */
  sinceRejection: z.number().int(),
});
export type TCategoryNumbers = z.infer<typeof ZCategoryNumbers>;

export const ZLevelChange = z.object({
  at: z.string(),
  from: ZLevel,
  to: ZLevel,
  change: z.enum(["promoted", "demoted", "reset", "pinned", "capped", "unpinned"]),
  reason: z.string(),
  actor: z.string(),
  numbers: z.record(z.string(), z.unknown()).nullable(),
});

export const ZOverride = z.object({
  kind: z.enum(["pin", "cap"]),
  level: ZLevel,
  by: z.string(),
  at: z.string(),
  note: z.string().nullable(),
});

export const ZAutonomyCategory = z
  .object({
    cause: ZCause,
    code: z.string().nullable(),
    area: z.string().nullable(),
    actionKind: ZActionKind,
    /** The level in force: the earned one, unless a lead pinned or capped it. */
    level: ZLevel,
    earnedLevel: ZLevel,
    levelSince: z.string().nullable(),
    override: ZOverride.nullable(),
    numbers: ZCategoryNumbers,
    /** What it would take to move up (or why it cannot), in words and as a count. */
    next: z.object({ level: ZLevel.nullable(), moreReviews: z.number().int().nullable(), text: z.string() }),
    history: z.array(ZLevelChange),
  })
  .openapi("AutonomyCategory");
export type TAutonomyCategory = z.infer<typeof ZAutonomyCategory>;

export const ZAutonomyList = z
  .object({ policy: ZAutonomyPolicy, items: z.array(ZAutonomyCategory) })
  .openapi("AutonomyList");
export type TAutonomyList = z.infer<typeof ZAutonomyList>;

export const ZOverrideIn = z
  .object({
    cause: ZCause,
    actionKind: ZActionKind,
    /** Pin to a level, cap at a level, or none to let the earned level apply again. */
    override: z.enum(["pin", "cap", "none"]),
    level: ZLevel.optional(),
    note: z.string().max(500).optional(),
  })
  .refine((v) => v.override === "none" || v.level !== undefined, {
    message: "say which level to pin or cap at",
    path: ["level"],
  })
  .openapi("AutonomyOverrideIn");
export type TOverrideIn = z.infer<typeof ZOverrideIn>;

export const ZRatingIn = z
  .object({ rating: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() })
  .openapi("TicketRatingIn");

export const ZRatingOut = z
  .object({
    id: z.string(),
    rating: z.number().int(),
    bad: z.boolean(),
    /** Categories moved back to draft-only because of it. */
    demoted: z.array(z.object({ cause: z.string(), actionKind: ZActionKind })),
  })
  .openapi("TicketRating");

export const ZKeepDraftIn = z.object({ draftId: z.string().min(1).max(100) }).openapi("KeepDraftIn");
