import { createRoute, z } from "@hono/zod-openapi";
import { ZError } from "../../domain/api.ts";
import { ZArticleTrust, ZOutcome, ZResolved, ZResolveIn, ZTaxonomyCode } from "../../domain/outcome.ts";
import { getArticleTrust } from "../../service/get-article-trust.ts";
import { getOutcome } from "../../service/get-outcome.ts";
import { listCodes } from "../../service/list-codes.ts";
import { resolveTicket } from "../../service/resolve-ticket.ts";
import type { App, AppOptions } from "../app.ts";
import { body, errors, json, security, ZId } from "./openapi-parts.ts";

/** Resolving a ticket with its cause, the outcome recorded, and the trust learned from outcomes. */
export function registerOutcomeRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets/{id}/resolve",
      security,
      request: { params: ZId, ...body(ZResolveIn) },
      responses: {
        200: json(ZResolved, "Resolved, with the outcome recorded"),
        ...errors,
        409: json(ZError, "The ticket cannot be resolved from its status"),
      },
    }),
    async (c) => {
      const result = await resolveTicket(deps, {
        principal: c.get("principal"),
        ticketId: c.req.valid("param").id,
        outcome: c.req.valid("json"),
      });
      return c.json({ status: "resolved" as const, ...result }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/tickets/{id}/outcome",
      security,
      request: { params: ZId },
      responses: {
        200: json(z.object({ outcome: ZOutcome.nullable() }), "The outcome, or null before resolution"),
        ...errors,
      },
    }),
    async (c) =>
      c.json(
        {
          outcome: await getOutcome(deps, {
            principal: c.get("principal"),
            ticketId: c.req.valid("param").id,
          }),
        },
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/kb/articles/{id}/trust",
      security,
      request: { params: ZId },
      responses: { 200: json(ZArticleTrust, "Trust in the article and each signature"), ...errors },
    }),
    async (c) =>
      c.json(
        await getArticleTrust(deps, { principal: c.get("principal"), id: c.req.valid("param").id }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/kb/codes",
      security,
      responses: {
        200: json(z.object({ items: z.array(ZTaxonomyCode) }), "Every root-cause code"),
        ...errors,
      },
    }),
    (c) => c.json({ items: listCodes(deps, { principal: c.get("principal") }) }, 200),
  );
}
