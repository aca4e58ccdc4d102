import { createRoute, z } from "@hono/zod-openapi";
import {
  ZAutonomyCategory,
  ZAutonomyList,
  ZAutonomyPolicyIn,
  ZAutonomyPolicyView,
  ZKeepDraftIn,
  ZOverrideIn,
  ZRatingIn,
  ZRatingOut,
} from "../../domain/autonomy.ts";
import { ZError } from "../../domain/api.ts";
import { getAutonomyPolicy } from "../../service/get-autonomy-policy.ts";
import { keepDraft } from "../../service/keep-draft.ts";
import { listAutonomy } from "../../service/list-autonomy.ts";
import { rateTicket } from "../../service/rate-ticket.ts";
import { setAutonomyOverride } from "../../service/set-autonomy-override.ts";
import { updateAutonomyPolicy } from "../../service/update-autonomy-policy.ts";
import type { App, AppOptions } from "../app.ts";
import { body, errors, json, security, ZId } from "./openapi-parts.ts";

/** Earned autonomy: categories and their levels, a lead's pins and caps, the policy, ratings, holds. */
export function registerAutonomyRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/autonomy",
      security,
      responses: { 200: json(ZAutonomyList, "Categories with their levels"), ...errors },
    }),
    async (c) => c.json(await listAutonomy(deps, { principal: c.get("principal") }), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/autonomy/categories",
      security,
      request: body(ZOverrideIn),
      responses: { 200: json(ZAutonomyCategory, "The category after the change (leads)"), ...errors },
    }),
    async (c) =>
      c.json(
        await setAutonomyOverride(deps, { principal: c.get("principal"), input: c.req.valid("json") }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/autonomy/policy",
      security,
      responses: { 200: json(ZAutonomyPolicyView, "The policy in force and its defaults"), ...errors },
    }),
    async (c) => c.json(await getAutonomyPolicy(deps, { principal: c.get("principal") }), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/autonomy/policy",
      security,
      request: body(ZAutonomyPolicyIn),
      responses: { 200: json(ZAutonomyPolicyView, "The policy after the change (leads)"), ...errors },
    }),
    async (c) =>
      c.json(
        await updateAutonomyPolicy(deps, { principal: c.get("principal"), input: c.req.valid("json") }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/tickets/{id}/rating",
      security,
      request: { params: ZId, ...body(ZRatingIn) },
      responses: { 201: json(ZRatingOut, "Recorded; a bad rating demotes"), ...errors },
    }),
    async (c) =>
      c.json(
        await rateTicket(deps, {
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
      path: "/api/v1/tickets/{id}/keep-draft",
      security,
      request: { params: ZId, ...body(ZKeepDraftIn) },
      responses: {
        200: json(z.object({ draftId: z.string(), wasDueAt: z.string().nullable() }), "No longer held"),
        ...errors,
        409: json(ZError, "The draft was already decided"),
      },
    }),
    async (c) =>
      c.json(
        await keepDraft(deps, {
          principal: c.get("principal"),
          ticketId: c.req.valid("param").id,
          draftId: c.req.valid("json").draftId,
        }),
        200,
      ),
  );
}
