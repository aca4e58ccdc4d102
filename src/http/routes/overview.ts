import { createRoute } from "@hono/zod-openapi";
import { ZOverview, ZOverviewQuery } from "../../domain/console-api.ts";
import { getOverview } from "../../service/get-overview.ts";
import type { App, AppOptions } from "../app.ts";
import { errors, json, security } from "./openapi-parts.ts";

/** The team's numbers for the console's overview charts. */
export function registerOverviewRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/overview",
      security,
      request: { query: ZOverviewQuery },
      responses: { 200: json(ZOverview, "Volume, first response, draft decisions, corrections"), ...errors },
    }),
    async (c) =>
      c.json(await getOverview(deps, { principal: c.get("principal"), ...c.req.valid("query") }), 200),
  );
}
