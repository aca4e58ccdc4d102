import { createApp, type App, type AppOptions } from "../../src/http/app.ts";
import { createMetrics } from "../../src/http/metrics.ts";
import { HANDLERS } from "../../src/jobs/handlers.ts";
import type { Deps } from "../../src/service/deps.ts";

/**
 * The HTTP API over `deps` as the service tests use it: fresh metrics, the real job handlers, a 1 MiB
 * body limit and instance id "t"; `overrides` replaces any of these (a smaller body limit, say).
 */
export function openTestApp(deps: Deps, overrides: Partial<Omit<AppOptions, "deps">> = {}): App {
  return createApp({
    deps,
    metrics: createMetrics(),
    maxBodyBytes: 1 << 20,
    handlers: HANDLERS,
    instanceId: "t",
    ...overrides,
  });
}
