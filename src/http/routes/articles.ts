import { createRoute, z } from "@hono/zod-openapi";
import { ZError } from "../../domain/api.ts";
import {
  ZArticleCheck,
  ZArticleCheckIn,
  ZArticleDetail,
  ZArticleIn,
  ZArticleSummary,
} from "../../domain/console-api.ts";
import { checkTeamArticle } from "../../service/check-team-article.ts";
import { getArticle } from "../../service/get-article.ts";
import { listArticles } from "../../service/list-articles.ts";
import { requireEngineer } from "../../service/principal.ts";
import { saveTeamArticle } from "../../service/save-team-article.ts";
import type { App, AppOptions } from "../app.ts";
import { body, errors, json, security, ZId } from "./openapi-parts.ts";

const ZSaved = z.object({ id: z.string(), created: z.boolean() });

/** Knowledge articles: browse shipped and team articles, write the team's own, check a draft. */
export function registerArticleRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/kb/articles",
      security,
      responses: { 200: json(z.object({ items: z.array(ZArticleSummary) }), "Every article"), ...errors },
    }),
    async (c) => c.json({ items: await listArticles(deps, { principal: c.get("principal") }) }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/kb/articles/{id}",
      security,
      request: { params: ZId },
      responses: { 200: json(ZArticleDetail, "The article and the tickets it explained"), ...errors },
    }),
    async (c) =>
      c.json(await getArticle(deps, { principal: c.get("principal"), id: c.req.valid("param").id }), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/kb/articles",
      security,
      request: body(ZArticleIn),
      responses: { 201: json(ZSaved, "Created"), ...errors, 409: json(ZError, "The id is taken") },
    }),
    async (c) =>
      c.json(
        await saveTeamArticle(deps, {
          principal: c.get("principal"),
          markdown: c.req.valid("json").markdown,
        }),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/kb/articles/{id}",
      security,
      request: { params: ZId, ...body(ZArticleIn) },
      responses: { 200: json(ZSaved, "Updated"), ...errors },
    }),
    async (c) =>
      c.json(
        await saveTeamArticle(deps, {
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
      path: "/api/v1/kb/articles/check",
      security,
      request: body(ZArticleCheckIn),
      responses: {
        200: json(ZArticleCheck, "Problems, and the sample lines each signature matched"),
        ...errors,
      },
    }),
    (c) => {
      // Leads write articles; the check runs their patterns, so it is theirs too.
      requireEngineer(c.get("principal"), "lead");
      return c.json(checkTeamArticle(deps, c.req.valid("json")), 200);
    },
  );
}
