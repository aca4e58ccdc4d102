import { sql } from "kysely";
import type { App, AppOptions } from "../app.ts";

/** Health and metrics: unauthenticated, for load balancers and Prometheus. */
export function registerSystemRoutes(app: App, { deps, metrics }: AppOptions): void {
  app.get("/healthz", async (c) => {
    try {
      await sql`SELECT 1`.execute(deps.db);
      return c.json({ status: "ok", database: deps.dialect });
    } catch {
      return c.json({ status: "unavailable", database: deps.dialect }, 503);
    }
  });
  app.get("/metrics", async (c) => {
    c.header("content-type", metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
}
