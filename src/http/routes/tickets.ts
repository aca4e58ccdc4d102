import { createRoute, z } from "@hono/zod-openapi";
import {
  ZError,
  ZMessageIn,
  ZPage,
  ZStatusIn,
  ZTicketCreated,
  ZTicketDetail,
  ZTicketIn,
  ZTicketSummary,
} from "../../domain/api.ts";
import { ZStatus } from "../../domain/lifecycle.ts";
import { runJobNow } from "../../jobs/run-now.ts";
import { addMessage } from "../../service/add-message.ts";
import { changeStatus } from "../../service/change-status.ts";
import { createTicket } from "../../service/create-ticket.ts";
import { findTickets } from "../../service/find-tickets.ts";
import { getTicket } from "../../service/get-ticket.ts";
import type { App, AppOptions } from "../app.ts";

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const errors = {
  400: json(ZError, "Invalid input"),
  401: json(ZError, "Missing or invalid token"),
  404: json(ZError, "Not found"),
};
const security = [{ bearer: [] }];
const ZId = z.object({ id: z.string().min(1).max(100) });
const ZListQuery = z.object({
  status: ZStatus.optional(),
  area: z.string().max(40).optional(),
  priority: z.enum(["P1", "P2", "P3", "P4"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(20).optional(),
  /** `sla`: priority, then the soonest due SLA timer (overdue first). */
  sort: z.enum(["sla"]).optional(),
});

/** Ticket routes: ingest, read, list, the queue, messages and status changes. */
export function registerTicketRoutes(
  app: App,
  { deps, metrics, handlers, instanceId, leaseMs }: AppOptions,
): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets",
      security,
      request: { body: { content: { "application/json": { schema: ZTicketIn } }, required: true } },
      responses: {
        201: json(ZTicketCreated, "Created, with its triage when it finished in time"),
        200: json(ZTicketCreated, "This externalId was seen before: the existing ticket"),
        ...errors,
        413: json(ZError, "Body too large"),
      },
    }),
    async (c) => {
      const principal = c.get("principal");
      const outcome = await createTicket(deps, { ticket: c.req.valid("json"), principal });
      metrics.ingested.inc({ created: String(outcome.created) });
      if (outcome.created) await runJobNow(deps, handlers, outcome.triageJob, `api:${instanceId}`, leaseMs);
      const ticket = await getTicket(deps, { principal, id: outcome.id });
      return c.json(
        { id: outcome.id, status: ticket.status, triage: ticket.triage },
        outcome.created ? 201 : 200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/tickets/{id}",
      security,
      request: { params: ZId },
      responses: { 200: json(ZTicketDetail, "The ticket"), ...errors },
    }),
    async (c) =>
      c.json(await getTicket(deps, { principal: c.get("principal"), id: c.req.valid("param").id }), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/tickets",
      security,
      request: { query: ZListQuery },
      responses: { 200: json(ZPage(ZTicketSummary), "A page of tickets, newest first"), ...errors },
    }),
    async (c) =>
      c.json(await findTickets(deps, { principal: c.get("principal"), ...c.req.valid("query") }), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/queue",
      security,
      request: { query: ZListQuery },
      responses: { 200: json(ZPage(ZTicketSummary), "Open tickets, most urgent first"), ...errors },
    }),
    async (c) =>
      c.json(
        await findTickets(deps, { principal: c.get("principal"), ...c.req.valid("query"), queue: true }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets/{id}/messages",
      security,
      request: {
        params: ZId,
        body: { content: { "application/json": { schema: ZMessageIn } }, required: true },
      },
      responses: {
        201: json(z.object({ id: z.string(), status: ZStatus }), "Added"),
        ...errors,
        403: json(ZError, "Not allowed"),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const result = await addMessage(deps, {
        principal: c.get("principal"),
        ticketId: c.req.valid("param").id,
        kind: body.kind,
        body: body.body,
      });
      return c.json(result, 201);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets/{id}/status",
      security,
      request: {
        params: ZId,
        body: { content: { "application/json": { schema: ZStatusIn } }, required: true },
      },
      responses: {
        200: json(z.object({ status: ZStatus }), "Changed"),
        ...errors,
        403: json(ZError, "Not allowed"),
        409: json(ZError, "Not a valid transition"),
      },
    }),
    async (c) =>
      c.json(
        await changeStatus(deps, {
          principal: c.get("principal"),
          ticketId: c.req.valid("param").id,
          status: c.req.valid("json").status,
        }),
        200,
      ),
  );
}
