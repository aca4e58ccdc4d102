import { createRoute, z } from "@hono/zod-openapi";
import { ZError } from "../../domain/api.ts";
import {
  ZCommitment,
  ZCommitmentQuery,
  ZCommitmentStats,
  ZCommitmentStatsQuery,
  ZReminder,
} from "../../domain/commitment.ts";
import { cancelCommitment } from "../../service/cancel-commitment.ts";
import { dismissReminder } from "../../service/dismiss-reminder.ts";
import { findCommitments } from "../../service/find-commitments.ts";
import { getCommitmentStats } from "../../service/get-commitment-stats.ts";
import { listReminders } from "../../service/list-reminders.ts";
import type { App, AppOptions } from "../app.ts";
import { errors, json, security, ZId } from "./openapi-parts.ts";

/** Promises made to customers: the list, kept/missed counts, cancelling one, and owners' reminders. */
export function registerCommitmentRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/commitments",
      security,
      request: { query: ZCommitmentQuery },
      responses: {
        200: json(z.object({ items: z.array(ZCommitment) }), "Promises, soonest due first"),
        ...errors,
      },
    }),
    async (c) =>
      c.json(await findCommitments(deps, { principal: c.get("principal"), ...c.req.valid("query") }), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/commitments/stats",
      security,
      request: { query: ZCommitmentStatsQuery },
      responses: { 200: json(ZCommitmentStats, "Kept and missed per engineer and per team"), ...errors },
    }),
    async (c) =>
      c.json(await getCommitmentStats(deps, { principal: c.get("principal"), ...c.req.valid("query") }), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/commitments/{id}/cancel",
      security,
      request: { params: ZId },
      responses: {
        200: json(z.object({ id: z.string(), status: z.literal("cancelled") }), "Cancelled"),
        ...errors,
        409: json(ZError, "Already kept, missed or cancelled"),
      },
    }),
    async (c) =>
      c.json(
        await cancelCommitment(deps, { principal: c.get("principal"), id: c.req.valid("param").id }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/reminders",
      security,
      responses: { 200: json(z.object({ items: z.array(ZReminder) }), "The caller's reminders"), ...errors },
    }),
    async (c) => c.json(await listReminders(deps, { principal: c.get("principal") }), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/reminders/{id}/dismiss",
      security,
      request: { params: ZId },
      responses: {
        200: json(z.object({ id: z.string(), dismissedAt: z.string() }), "Dismissed"),
        ...errors,
      },
    }),
    async (c) =>
      c.json(
        await dismissReminder(deps, { principal: c.get("principal"), id: c.req.valid("param").id }),
        200,
      ),
  );
}
