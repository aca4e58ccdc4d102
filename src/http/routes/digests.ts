import { createRoute, z } from "@hono/zod-openapi";
import { ZDigest, ZDigestIn, ZDigestListQuery, ZDigestSummary } from "../../domain/digest.ts";
import { generateDigest } from "../../service/generate-digest.ts";
import { getDigest } from "../../service/get-digest.ts";
import { listDigests } from "../../service/list-digests.ts";
import type { App, AppOptions } from "../app.ts";
import { body, errors, json, security, ZId } from "./openapi-parts.ts";

/** The team digest: stored digests, the latest one, and a lead's "generate it now". */
export function registerDigestRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/digests",
      security,
      request: { query: ZDigestListQuery },
      responses: {
        200: json(z.object({ items: z.array(ZDigestSummary) }), "Stored digests, newest period first"),
        ...errors,
      },
    }),
    async (c) =>
      c.json(
        { items: await listDigests(deps, { principal: c.get("principal"), ...c.req.valid("query") }) },
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/digests/latest",
      security,
      responses: { 200: json(ZDigest, "The digest of the most recent period"), ...errors },
    }),
    async (c) => c.json(await getDigest(deps, { principal: c.get("principal") }), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/digests/{id}",
      security,
      request: { params: ZId },
      responses: { 200: json(ZDigest, "One stored digest"), ...errors },
    }),
    async (c) =>
      c.json(await getDigest(deps, { principal: c.get("principal"), id: c.req.valid("param").id }), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/digests",
      security,
      request: body(ZDigestIn),
      responses: { 201: json(ZDigest, "Generated and stored (replacing one of the same period)"), ...errors },
    }),
    async (c) =>
      c.json(await generateDigest(deps, { principal: c.get("principal"), ...c.req.valid("json") }), 201),
  );
}
