import { z } from "@hono/zod-openapi";
import { ZInstantText } from "./period.ts";

/** Schemas of knowledge gaps: unexplained tickets clustered by their error line (articles to write). */

export const ZGapsQuery = z.object({
  since: ZInstantText.optional(),
  until: ZInstantText.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const ZGapCluster = z
  .object({
    key: z.string(),
    example: z.string(),
    count: z.number().int(),
    firstSeen: z.string(),
    lastSeen: z.string(),
    areas: z.array(z.object({ area: z.string(), count: z.number().int() })),
    samples: z.array(z.object({ id: z.string(), subject: z.string().nullable(), createdAt: z.string() })),
  })
  .openapi("GapCluster");
export type TGapCluster = z.infer<typeof ZGapCluster>;

export const ZKnowledgeGaps = z
  .object({
    since: z.string(),
    until: z.string(),
    /** Unexplained tickets in the period. */
    unexplained: z.number().int(),
    /** Of those, tickets without an error line to cluster by. */
    withoutErrorLine: z.number().int(),
    clusters: z.array(ZGapCluster),
  })
  .openapi("KnowledgeGaps");
export type TKnowledgeGaps = z.infer<typeof ZKnowledgeGaps>;
