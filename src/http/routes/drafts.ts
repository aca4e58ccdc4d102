import { createRoute, z } from "@hono/zod-openapi";
import { ZApproveIn, ZRejectIn } from "../../domain/console-api.ts";
import { ZError } from "../../domain/api.ts";
import { ZStatus } from "../../domain/lifecycle.ts";
import { approveDraft } from "../../service/approve-draft.ts";
import { rejectDraft } from "../../service/reject-draft.ts";
import type { App, AppOptions } from "../app.ts";
import { body, errors, json, security, ZId } from "./openapi-parts.ts";

const conflict = { 409: json(ZError, "The draft was already decided") };

/** Draft decisions: approve (as written or edited) and send, or reject with a reason. */
export function registerDraftRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets/{id}/approve",
      security,
      request: { params: ZId, ...body(ZApproveIn) },
      responses: {
        200: json(z.object({ messageId: z.string(), status: ZStatus, edited: z.boolean() }), "Sent"),
        ...errors,
        ...conflict,
      },
    }),
    async (c) =>
      c.json(
        await approveDraft(deps, {
          principal: c.get("principal"),
          ticketId: c.req.valid("param").id,
          ...c.req.valid("json"),
        }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets/{id}/reject",
      security,
      request: { params: ZId, ...body(ZRejectIn) },
      responses: { 200: json(z.object({ status: ZStatus }), "Rejected"), ...errors, ...conflict },
    }),
    async (c) =>
      c.json(
        await rejectDraft(deps, {
          principal: c.get("principal"),
          ticketId: c.req.valid("param").id,
          ...c.req.valid("json"),
        }),
        200,
      ),
  );
}
