import { z } from "@hono/zod-openapi";
import { ZError } from "../../domain/api.ts";

/** A JSON response entry for createRoute. */
export const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

/** A required JSON request body for createRoute. */
export const body = <T extends z.ZodTypeAny>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

export const errors = {
  400: json(ZError, "Invalid input"),
  401: json(ZError, "Not signed in, or a missing or invalid token"),
  403: json(ZError, "Not allowed (role, or a missing CSRF token)"),
  404: json(ZError, "Not found"),
};

/** Either an API token or a console session (with its CSRF token for state changes). */
export const security: Record<string, string[]>[] = [{ bearer: [] }, { session: [] }];

export const ZId = z.object({ id: z.string().min(1).max(100) });
