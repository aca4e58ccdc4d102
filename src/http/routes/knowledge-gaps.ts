import { createRoute } from "@hono/zod-openapi";
import { ZGapsQuery, ZKnowledgeGaps } from "../../domain/gaps.ts";
import { findKnowledgeGaps } from "../../service/find-knowledge-gaps.ts";
import type { App, AppOptions } from "../app.ts";
import { errors, json, security } from "./openapi-parts.ts";

/** Knowledge gaps: unexplained tickets clustered by error line, the articles worth writing next. */
export function registerKnowledgeGapRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/knowledge/gaps",
      security,
      request: { query: ZGapsQuery },
      responses: { 200: json(ZKnowledgeGaps, "Clusters of unexplained tickets, largest first"), ...errors },
    }),
    async (c) =>
      c.json(await findKnowledgeGaps(deps, { principal: c.get("principal"), ...c.req.valid("query") }), 200),
  );
}
