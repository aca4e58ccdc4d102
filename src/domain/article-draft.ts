import { z } from "@hono/zod-openapi";

/** Why Deckhand proposed an article from a resolved ticket. */
export const ZLearnReason = z.enum([
  /** No taxonomy code fitted: the engineer described the cause in words. */
  "unexplained",
  /** Corrected to a code whose articles' signatures matched none of the ticket's error lines. */
  "corrected-unmatched",
  /** The ticket's key error line matched no signature at all. */
  "key-line-unmatched",
]);
export type TLearnReason = z.infer<typeof ZLearnReason>;

export const ZArticleDraftStatus = z.enum(["pending", "approved", "rejected"]);

export const ZArticleDraftSummary = z
  .object({
    id: z.string(),
    kind: z.enum(["article", "suggestion"]),
    status: ZArticleDraftStatus,
    /** The id of the team article approving it saves. */
    slug: z.string(),
    title: z.string(),
    area: z.string(),
    code: z.string().nullable(),
    /** For a suggestion: the existing article it extends. */
    targetArticle: z.string().nullable(),
    targetOrigin: z.enum(["shipped", "team"]).nullable(),
    reason: ZLearnReason,
    ticketId: z.string(),
    createdAt: z.string(),
  })
  .openapi("ArticleDraftSummary");

export const ZArticleDraft = ZArticleDraftSummary.extend({
  /** The learned signature, or null when the safety check refused every derived pattern. */
  pattern: z.string().nullable(),
  /** What the reviewer should check or fill in before approving. */
  notes: z.array(z.string()),
  /** The proposed article in the shipped format, as approving it would save it. */
  markdown: z.string(),
  /** Problems the article validation finds in the Markdown as proposed. */
  problems: z.array(
    z.object({ line: z.number().int().optional(), field: z.string().optional(), message: z.string() }),
  ),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  articleId: z.string().nullable(),
}).openapi("ArticleDraft");

export const ZArticleDraftQuery = z.object({
  status: ZArticleDraftStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const ZArticleDraftApproveIn = z
  .object({
    /** The article as the reviewer edited it; absent to approve it as proposed. */
    markdown: z.string().min(10).max(200_000).optional(),
  })
  .openapi("ArticleDraftApproveIn");

export const ZArticleDraftRejectIn = z
  .object({ reason: z.string().trim().min(3).max(2000) })
  .openapi("ArticleDraftRejectIn");

export const ZArticleDraftApproved = z
  .object({ articleId: z.string(), created: z.boolean() })
  .openapi("ArticleDraftApproved");

export const ZArticleExport = z
  .object({
    items: z.array(
      z.object({
        /** Where the file goes in a knowledge folder: `<area>/<id>.md`. */
        path: z.string(),
        markdown: z.string(),
      }),
    ),
    /** Team articles left out because they no longer validate. */
    skipped: z.array(z.object({ id: z.string(), problems: z.array(z.string()) })),
  })
  .openapi("ArticleExport");
