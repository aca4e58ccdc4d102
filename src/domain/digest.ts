import { z } from "@hono/zod-openapi";
import { ZGapCluster } from "./gaps.ts";
import { ZInstantText } from "./period.ts";

/** Schemas of the team digest: what happened in a period, compared with the period before. */

const ZPeriod = z.object({ start: z.string(), end: z.string() });

/** A count this period and in the previous period of equal length. */
const ZTrendCount = z.object({ key: z.string(), count: z.number().int(), previous: z.number().int() });
export type TTrendCount = z.infer<typeof ZTrendCount>;

export const ZDigestData = z
  .object({
    period: ZPeriod,
    previous: ZPeriod,
    generatedAt: z.string(),
    volume: z.object({
      total: z.number().int(),
      previousTotal: z.number().int(),
      byArea: z.array(ZTrendCount),
      byPriority: z.array(ZTrendCount),
    }),
    /** Root causes by ticket: the engineer's confirmed or corrected code, else Deckhand's top code. */
    causes: z.array(ZTrendCount),
    articles: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        area: z.string().nullable(),
        change: z.enum(["new", "updated", "draft-approved"]),
        at: z.string(),
      }),
    ),
    gaps: z.object({ unexplained: z.number().int(), clusters: z.array(ZGapCluster) }),
    autonomy: z.array(
      z.object({ at: z.string(), action: z.string(), category: z.string().nullable(), summary: z.string() }),
    ),
    drafts: z.array(
      z.object({
        area: z.string(),
        unchanged: z.number().int(),
        edited: z.number().int(),
        rejected: z.number().int(),
      }),
    ),
    rejectReasons: z.array(z.object({ key: z.string(), count: z.number().int() })),
  })
  .openapi("DigestData");
export type TDigestData = z.infer<typeof ZDigestData>;

export const ZDigestSummary = z
  .object({ id: z.string(), periodStart: z.string(), periodEnd: z.string(), createdAt: z.string() })
  .openapi("DigestSummary");
export type TDigestSummary = z.infer<typeof ZDigestSummary>;

export const ZDigest = ZDigestSummary.extend({ markdown: z.string(), data: ZDigestData }).openapi("Digest");
export type TDigest = z.infer<typeof ZDigest>;

export const ZDigestIn = z
  .object({ since: ZInstantText.optional(), until: ZInstantText.optional() })
  .openapi("DigestIn");

export const ZDigestListQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).optional() });
