import { z } from "@hono/zod-openapi";
import { ZStatus } from "./lifecycle.ts";
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
});

export const ZEscalationRecord = z.object({
  id: z.string(),
  team: z.string(),
  reason: z.string(),
  status: z.enum(["open", "closed"]),
  createdAt: z.string(),
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
  })
  .openapi("TicketSummary");

export const ZTicketDetail = ZTicketSummary.extend({
  messages: z.array(ZMessage),
  attachments: z.array(z.object({ id: z.string(), name: z.string(), size: z.number().int() })),
  triage: ZTriageResult.nullable(),
  triageVersion: z.number().int(),
  drafts: z.array(ZDraft),
  escalations: z.array(ZEscalationRecord),
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
