import { z } from "@hono/zod-openapi";
import { ZCode } from "./taxonomy.ts";

/** Schemas of resolving a ticket with its cause, and of the trust learned from such outcomes. */

export const VERDICTS = ["confirmed", "corrected", "unexplained"] as const;
export const ZVerdict = z.enum(VERDICTS);
export type TVerdict = z.infer<typeof ZVerdict>;

/** Confirm Deckhand's top cause, correct it to a taxonomy code, or say no code fits (with a note). */
export const ZResolveIn = z
  .discriminatedUnion("verdict", [
    z.object({ verdict: z.literal("confirmed") }),
    z.object({ verdict: z.literal("corrected"), code: ZCode }),
    z.object({ verdict: z.literal("unexplained"), note: z.string().trim().min(3).max(2000) }),
  ])
  .openapi("ResolveTicket");
export type TResolveIn = z.infer<typeof ZResolveIn>;

export const ZOutcome = z
  .object({
    id: z.string(),
    ticketId: z.string(),
    verdict: ZVerdict,
    /** Deckhand's top cause when the ticket was resolved. */
    predictedCode: z.string().nullable(),
    /** The confirmed or corrected cause; null when no code fits. */
    code: z.string().nullable(),
    /** The engineer's words for a cause no code fits (redacted). */
    note: z.string().nullable(),
    /** The ticket's first meaningful error line (redacted). */
    keyErrorLine: z.string().nullable(),
    decidedBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("Outcome");
export type TOutcome = z.infer<typeof ZOutcome>;

export const ZResolved = z
  .object({ status: z.literal("resolved"), outcome: ZOutcome, replaced: z.boolean() })
  .openapi("Resolved");

const ZEstimate = z.object({
  /** Times it proposed a cause on a resolved ticket. */
  fired: z.number().int(),
  /** Times that cause was the confirmed one. */
  right: z.number().int(),
  /** What the knowledge base claims: the prior mean. */
  prior: z.number(),
  /** Posterior mean of the chance its cause is the confirmed one. */
  estimate: z.number(),
  /** What triage multiplies its weight by (1 = as written). */
  multiplier: z.number(),
});

export const ZArticleTrust = z
  .object({
    id: z.string(),
    /** The article's proposals made on similar words alone (no signature fired). */
    article: ZEstimate,
    signatures: z.array(ZEstimate.extend({ id: z.string() })),
  })
  .openapi("ArticleTrust");
export type TArticleTrust = z.infer<typeof ZArticleTrust>;

export const ZTaxonomyCode = z
  .object({ code: z.string(), area: z.string(), title: z.string() })
  .openapi("TaxonomyCode");
