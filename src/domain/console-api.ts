import { z } from "@hono/zod-openapi";
import { TEAMS } from "./taxonomy.ts";

/** Schemas of the console's routes (sign-in, draft decisions, knowledge, overview); in /openapi.json. */

export const ZRole = z.enum(["agent", "lead", "admin"]);

export const ZEngineer = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: ZRole })
  .openapi("Engineer");
export type TEngineer = z.infer<typeof ZEngineer>;

export const ZSignIn = z
  .object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1000) })
  .openapi("SignIn");

export const ZSession = z
  .object({
    engineer: ZEngineer.nullable(),
    role: ZRole,
    /** Send it back in the `x-csrf-token` header with every state-changing request. */
    csrfToken: z.string().nullable(),
  })
  .openapi("Session");
export type TSession = z.infer<typeof ZSession>;

export const REJECT_REASONS = [
  "wrong-diagnosis",
  "wrong-fix",
  "tone",
  "missing-information",
  "should-escalate",
  "other",
] as const;
export const ZRejectReason = z.enum(REJECT_REASONS);
export type TRejectReason = z.infer<typeof ZRejectReason>;

export const ZApproveIn = z
  .object({
    draftId: z.string().min(1).max(100),
    /** The reply as sent, when the engineer edited the draft; absent to send it unchanged. */
    body: z.string().min(1).max(200_000).optional(),
  })
  .openapi("ApproveDraft");

export const ZRejectIn = z
  .object({
    draftId: z.string().min(1).max(100),
    reason: ZRejectReason,
    text: z.string().max(2000).optional(),
  })
  .refine((v) => v.reason !== "other" || (v.text ?? "").trim().length > 0, {
    message: "say why when the reason is 'other'",
    path: ["text"],
  })
  .openapi("RejectDraft");

export const ZEscalateIn = z
  .object({
    team: z.enum(TEAMS),
    /** The handoff as the engineer edited it; absent: the server's (GET .../handoff). */
    handoff: z.string().min(10).max(50_000).optional(),
    /** The GitHub issue's title; absent: the server's. */
    title: z.string().min(3).max(250).optional(),
    /** Also post the handoff to these destinations (none by default). */
    destinations: z
      .array(z.enum(["github", "slack"]))
      .max(2)
      .default([]),
  })
  .openapi("EscalateTicket");

export const ZHandoffQuery = z.object({ team: z.enum(TEAMS).optional() });

export const ZHandoffPreview = z
  .object({
    team: z.enum(TEAMS),
    title: z.string(),
    markdown: z.string(),
    /** Which destinations are configured (never their secrets). */
    destinations: z.object({
      github: z.object({ configured: z.boolean(), repo: z.string().nullable() }),
      slack: z.object({ configured: z.boolean() }),
    }),
  })
  .openapi("HandoffPreview");
export type THandoffPreview = z.infer<typeof ZHandoffPreview>;

export const ZAssignIn = z
  .object({ assigneeId: z.string().min(1).max(100).nullable() })
  .openapi("AssignTicket");

export const ZAttachmentText = z
  .object({ id: z.string(), name: z.string(), text: z.string() })
  .openapi("AttachmentText");

export const ZArticleSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    area: z.string(),
    codes: z.array(z.string()),
    origin: z.enum(["shipped", "team"]),
    /** Tickets whose top diagnosis is one of the article's codes. */
    explained: z.number().int(),
  })
  .openapi("ArticleSummary");

export const ZArticleDetail = ZArticleSummary.extend({
  summary: z.string(),
  steps: z.array(z.string()),
  confirm: z.string(),
  references: z.array(z.string()),
  signatures: z.array(z.object({ id: z.string(), pattern: z.string(), flags: z.string() })),
  /** The article's source, for team articles (editable in the console). */
  markdown: z.string().nullable(),
  tickets: z.array(
    z.object({
      id: z.string(),
      subject: z.string().nullable(),
      status: z.string(),
      topCode: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
}).openapi("ArticleDetail");

export const ZArticleIn = z.object({ markdown: z.string().min(10).max(200_000) }).openapi("ArticleIn");

export const ZArticleCheckIn = z
  .object({ markdown: z.string().min(1).max(200_000), sample: z.string().max(200_000).default("") })
  .openapi("ArticleCheckIn");

export const ZProblem = z.object({
  line: z.number().int().optional(),
  field: z.string().optional(),
  message: z.string(),
});

export const ZArticleCheck = z
  .object({
    ok: z.boolean(),
    id: z.string().nullable(),
    problems: z.array(ZProblem),
    /** Sample lines each signature matched (1-based line numbers). */
    matches: z.array(z.object({ signature: z.string(), line: z.number().int(), text: z.string() })),
  })
  .openapi("ArticleCheck");

const ZCount = z.object({ key: z.string(), count: z.number().int() });

export const ZOverview = z
  .object({
    days: z.array(z.string()),
    byArea: z.array(z.object({ area: z.string(), counts: z.array(z.number().int()) })),
    byPriority: z.array(z.object({ priority: z.string(), counts: z.array(z.number().int()) })),
    firstResponse: z.object({
      medianMinutes: z.number().nullable(),
      buckets: z.array(ZCount),
    }),
    drafts: z.array(
      z.object({
        area: z.string(),
        unchanged: z.number().int(),
        edited: z.number().int(),
        rejected: z.number().int(),
      }),
    ),
    corrected: z.array(ZCount),
  })
  .openapi("Overview");
export type TOverview = z.infer<typeof ZOverview>;

export const ZOverviewQuery = z.object({ days: z.coerce.number().int().min(1).max(365).optional() });
