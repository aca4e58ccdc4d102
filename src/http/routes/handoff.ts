import { createRoute, z } from "@hono/zod-openapi";
import { ZError } from "../../domain/api.ts";
import { ZHandoffPreview, ZHandoffQuery } from "../../domain/console-api.ts";
import { createHandoff } from "../../service/create-handoff.ts";
import { receiveGithubWebhook } from "../../service/receive-github-webhook.ts";
import type { App, AppOptions } from "../app.ts";
import { errors, json, security, ZId } from "./openapi-parts.ts";

/** Paths that authenticate by their own signature instead of a token or session. */
export const WEBHOOK_PREFIX = "/api/v1/webhooks/";

/** The handoff preview and GitHub's webhook for linked issues. */
export function registerHandoffRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/tickets/{id}/handoff",
      security,
      request: { params: ZId, query: ZHandoffQuery },
      responses: { 200: json(ZHandoffPreview, "The handoff the escalation would send"), ...errors },
    }),
    async (c) =>
      c.json(
        await createHandoff(deps, {
          principal: c.get("principal"),
          ticketId: c.req.valid("param").id,
          team: c.req.valid("query").team,
        }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: `${WEBHOOK_PREFIX}github`,
      description:
        "GitHub webhook (events: issues, issue_comment) signed with DECKHAND_GITHUB_WEBHOOK_SECRET in X-Hub-Signature-256.",
      request: {
        headers: z.object({
          "x-github-event": z.string().max(100).optional(),
          "x-hub-signature-256": z.string().max(200).optional(),
        }),
      },
      responses: {
        202: json(z.object({ handled: z.boolean(), drafted: z.boolean() }), "Accepted"),
        400: json(ZError, "Not JSON"),
        401: json(ZError, "Missing or invalid signature"),
        404: json(ZError, "Webhooks are not configured"),
      },
    }),
    async (c) =>
      c.json(
        await receiveGithubWebhook(deps, {
          event: c.req.header("x-github-event"),
          signature: c.req.header("x-hub-signature-256"),
          rawBody: await c.req.text(),
        }),
        202,
      ),
  );
}
