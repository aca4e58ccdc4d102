import { createRoute, z } from "@hono/zod-openapi";
import { ZError, ZSearchHit } from "../../domain/api.ts";
import { searchKnowledge } from "../../service/search-knowledge.ts";
import type { App, AppOptions } from "../app.ts";

const ZSearchQuery = z.object({
  q: z.string().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

/** Knowledge routes: search articles and past resolved tickets. */
export function registerKnowledgeRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/kb/search",
      security: [{ bearer: [] }],
      request: { query: ZSearchQuery },
      responses: {
        200: {
          content: { "application/json": { schema: z.object({ items: z.array(ZSearchHit) }) } },
          description: "Best matches first",
        },
        400: { content: { "application/json": { schema: ZError } }, description: "Invalid query" },
      },
    }),
    async (c) => {
      const { q, limit } = c.req.valid("query");
      return c.json({ items: await searchKnowledge(deps, { principal: c.get("principal"), q, limit }) }, 200);
    },
  );
}
