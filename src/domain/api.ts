import { z } from "@hono/zod-openapi";
import { ZCommitment } from "./commitment.ts";
import { ZStatus } from "./lifecycle.ts";
import { ZSlaTimer } from "./sla.ts";
import { ZTicket } from "./ticket.ts";
import { ZTriageResult } from "./triage-result.ts";

/** Schemas of the HTTP API; the server validates with them and /openapi.json is generated from them. */

export const ZTicketIn = ZTicket;

export const ZError = z.object({ error: z.string() }).openapi("Error");

export const ZTicketCreated = z
  .object({ id: z.string(), status: ZStatus, triage: ZTriageResult.nullable() })
  .openapi("TicketCreated");

export const ZMessage = z.object({
  id: z.string(),
  kind: z.enum(["inbound", "outbound", "note"]),
  author: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const ZDraft = z.object({
  id: z.string(),
  triageVersion: z.number().int(),
  body: z.string(),
  status: z.enum(["pending", "approved", "rejected", "sent"]),
  createdAt: z.string(),
  /** While held by earned autonomy: when it is sent unless a person acts first. */
  sendAt: z.string().nullable(),
});

export const ZEscalationRecord = z.object({
  id: z.string(),
  team: z.string(),
  reason: z.string(),
  status: z.enum(["open", "closed"]),
  createdAt: z.string(),
  /** Where the handoff was posted and what the linked issue says (see docs: handoff). */
  github: z
    .object({
      status: z.enum(["pending", "posted", "failed"]),
      repo: z.string().nullable(),
      number: z.number().int().nullable(),
      url: z.string().nullable(),
      state: z.string().nullable(),
      error: z.string().nullable(),
    })
    .nullable(),
  slack: z
    .object({
      status: z.enum(["pending", "posted", "failed"]),
      postedAt: z.string().nullable(),
      error: z.string().nullable(),
    })
    .nullable(),
  fixedVersion: z.string().nullable(),
});

export const ZTicketSummary = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    org: z.string(),
    subject: z.string().nullable(),
    status: ZStatus,
    priority: z.string().nullable(),
    area: z.string().nullable(),
    topCode: z.string().nullable(),
    topConfidence: z.number().nullable(),
    assigneeId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** The most urgent SLA timer: the soonest due (or overdue) one, else a paused one. Engineers only. */
    sla: ZSlaTimer.nullable().optional(),
  })
  .openapi("TicketSummary");

export const ZTicketDetail = ZTicketSummary.extend({
  messages: z.array(ZMessage),
  attachments: z.array(z.object({ id: z.string(), name: z.string(), size: z.number().int() })),
  triage: ZTriageResult.nullable(),
  triageVersion: z.number().int(),
  drafts: z.array(ZDraft),
  escalations: z.array(ZEscalationRecord),
  /** Every SLA timer of the ticket (first response, next update, resolution). Engineers only. */
  timers: z.array(ZSlaTimer).optional(),
  /** Promises made to the customer on this ticket, soonest due first. Engineers only. */
  commitments: z.array(ZCommitment).optional(),
}).openapi("TicketDetail");

export const ZPage = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const ZMessageIn = z
  .object({
    body: z
      .string()
      .min(1)
      .max(8 * 1024 * 1024),
    kind: z.enum(["inbound", "outbound", "note"]).default("inbound"),
  })
  .openapi("MessageIn");

export const ZStatusIn = z.object({ status: ZStatus }).openapi("StatusIn");

export const ZSearchHit = z
  .object({
    kind: z.enum(["article", "ticket"]),
    id: z.string(),
    title: z.string(),
    snippet: z.string(),
    score: z.number(),
  })
  .openapi("SearchHit");
