import { createRoute, z } from "@hono/zod-openapi";
import { ZError } from "../../domain/api.ts";
import {
  ZArticleDraft,
  ZArticleDraftApproved,
  ZArticleDraftApproveIn,
  ZArticleDraftQuery,
  ZArticleDraftRejectIn,
  ZArticleDraftSummary,
  ZArticleExport,
} from "../../domain/article-draft.ts";
import { approveArticleDraft } from "../../service/approve-article-draft.ts";
import { exportTeamArticles } from "../../service/export-team-articles.ts";
import { getArticleDraft } from "../../service/get-article-draft.ts";
import { listArticleDrafts } from "../../service/list-article-drafts.ts";
import { requireEngineer } from "../../service/principal.ts";
import { rejectArticleDraft } from "../../service/reject-article-draft.ts";
import type { App, AppOptions } from "../app.ts";
import { body, errors, json, security, ZId } from "./openapi-parts.ts";

const conflict = { 409: json(ZError, "The draft was already decided, or the article id is taken") };

/** Articles learned from resolved tickets: review (approve as a team article, or reject) and export. */
export function registerArticleDraftRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/kb/drafts",
      security,
      request: { query: ZArticleDraftQuery },
      responses: {
        200: json(z.object({ items: z.array(ZArticleDraftSummary) }), "Proposed articles and suggestions"),
        ...errors,
      },
    }),
    async (c) =>
      c.json(
        { items: await listArticleDrafts(deps, { principal: c.get("principal"), ...c.req.valid("query") }) },
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/kb/drafts/{id}",
      security,
      request: { params: ZId },
      responses: { 200: json(ZArticleDraft, "The proposal, its notes and validation problems"), ...errors },
    }),
    async (c) =>
      c.json(
        await getArticleDraft(deps, { principal: c.get("principal"), id: c.req.valid("param").id }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/kb/drafts/{id}/approve",
      security,
      request: { params: ZId, ...body(ZArticleDraftApproveIn) },
      responses: { 200: json(ZArticleDraftApproved, "Saved as a team article"), ...errors, ...conflict },
    }),
    async (c) =>
      c.json(
        await approveArticleDraft(deps, {
          principal: c.get("principal"),
          id: c.req.valid("param").id,
          markdown: c.req.valid("json").markdown,
        }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/kb/drafts/{id}/reject",
      security,
      request: { params: ZId, ...body(ZArticleDraftRejectIn) },
      responses: {
        200: json(z.object({ status: z.literal("rejected") }), "Rejected"),
        ...errors,
        ...conflict,
      },
    }),
    async (c) =>
      c.json(
        await rejectArticleDraft(deps, {
          principal: c.get("principal"),
          id: c.req.valid("param").id,
          reason: c.req.valid("json").reason,
        }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/kb/export",
      security,
      responses: { 200: json(ZArticleExport, "Every team article as a knowledge-folder file"), ...errors },
    }),
    async (c) => {
      requireEngineer(c.get("principal"));
      return c.json(await exportTeamArticles(deps), 200);
    },
  );
}
