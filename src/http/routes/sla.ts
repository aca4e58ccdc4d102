import { createRoute, z } from "@hono/zod-openapi";
import { ZSlaSettings, ZSlaSettingsOut, ZTimeZoneIn } from "../../domain/sla.ts";
import { getSlaSettings } from "../../service/get-sla-settings.ts";
import { saveSlaSettings } from "../../service/save-sla-settings.ts";
import { setTimeZone } from "../../service/set-time-zone.ts";
import type { App, AppOptions } from "../app.ts";
import { body, errors, json, security } from "./openapi-parts.ts";

/** SLA settings (policies, calendar, warnings, waiting on the customer) and customer time zones. */
export function registerSlaRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/sla/settings",
      security,
      responses: { 200: json(ZSlaSettingsOut, "The SLA settings in force"), ...errors },
    }),
    async (c) => c.json(await getSlaSettings(deps, { principal: c.get("principal") }), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/sla/settings",
      security,
      request: body(ZSlaSettings),
      responses: { 200: json(ZSlaSettingsOut, "Saved; open tickets' timers are recomputed"), ...errors },
    }),
    async (c) =>
      c.json(
        await saveSlaSettings(deps, { principal: c.get("principal"), settings: c.req.valid("json") }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/sla/time-zones",
      security,
      request: body(ZTimeZoneIn),
      responses: {
        200: json(
          z.object({ org: z.string(), contactEmail: z.string().nullable(), timeZone: z.string().nullable() }),
          "Saved",
        ),
        ...errors,
      },
    }),
    async (c) =>
      c.json(await setTimeZone(deps, { principal: c.get("principal"), ...c.req.valid("json") }), 200),
  );
}
