import { createRoute, z } from "@hono/zod-openapi";
import { ZError } from "../../domain/api.ts";
import { ZAssignIn, ZAttachmentText, ZEngineer, ZEscalateIn } from "../../domain/console-api.ts";
import { ZStatus } from "../../domain/lifecycle.ts";
import { assignTicket } from "../../service/assign-ticket.ts";
import { escalateTicket } from "../../service/escalate-ticket.ts";
import { getAttachment } from "../../service/get-attachment.ts";
import { listEngineers } from "../../service/list-engineers.ts";
import type { App, AppOptions } from "../app.ts";
import { body, errors, json, security, ZId } from "./openapi-parts.ts";

/** Escalation with a handoff, assignment, attachment text and the list of engineers. */
export function registerTicketActionRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets/{id}/escalate",
      security,
      request: { params: ZId, ...body(ZEscalateIn) },
      responses: {
        201: json(
          z.object({ id: z.string(), status: ZStatus, destinations: z.array(z.enum(["github", "slack"])) }),
          "Escalated; posting to the destinations runs as jobs",
        ),
        ...errors,
        409: json(ZError, "Not a valid transition"),
      },
    }),
    async (c) =>
      c.json(
        await escalateTicket(deps, {
          principal: c.get("principal"),
          ticketId: c.req.valid("param").id,
          ...c.req.valid("json"),
        }),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets/{id}/assign",
      security,
      request: { params: ZId, ...body(ZAssignIn) },
      responses: { 200: json(z.object({ assigneeId: z.string().nullable() }), "Assigned"), ...errors },
    }),
    async (c) =>
      c.json(
        await assignTicket(deps, {
          principal: c.get("principal"),
          ticketId: c.req.valid("param").id,
          assigneeId: c.req.valid("json").assigneeId,
        }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/tickets/{id}/attachments/{attachmentId}",
      security,
      request: { params: ZId.extend({ attachmentId: z.string().min(1).max(100) }) },
      responses: { 200: json(ZAttachmentText, "The attachment's (redacted) text"), ...errors },
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid("param");
      return c.json(
        await getAttachment(deps, { principal: c.get("principal"), ticketId: id, attachmentId }),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/engineers",
      security,
      responses: { 200: json(z.object({ items: z.array(ZEngineer) }), "Support engineers"), ...errors },
    }),
    async (c) => c.json({ items: await listEngineers(deps, { principal: c.get("principal") }) }, 200),
  );
}
