import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { DeckhandError, httpStatusFor } from "../domain/errors.ts";
import type { JobHandler } from "../jobs/worker.ts";
import type { Deps } from "../service/deps.ts";
import type { Principal } from "../service/principal.ts";
import type { SessionPrincipal } from "../service/authenticate-session.ts";
import type { Metrics } from "./metrics.ts";
import { registerArticleDraftRoutes } from "./routes/article-drafts.ts";
import { registerArticleRoutes } from "./routes/articles.ts";
import { registerAutonomyRoutes } from "./routes/autonomy.ts";
import { registerConsoleRoutes } from "./routes/console.ts";
import { registerDigestRoutes } from "./routes/digests.ts";
import { registerDraftRoutes } from "./routes/drafts.ts";
import { registerHandoffRoutes } from "./routes/handoff.ts";
import { registerKnowledgeRoutes } from "./routes/knowledge.ts";
import { registerKnowledgeGapRoutes } from "./routes/knowledge-gaps.ts";
import { registerOverviewRoutes } from "./routes/overview.ts";
import { registerCommitmentRoutes } from "./routes/commitments.ts";
import { registerOutcomeRoutes } from "./routes/outcomes.ts";
import { authMiddleware, registerSessionRoutes, SESSION_COOKIE } from "./routes/session.ts";
import { registerTicketActionRoutes } from "./routes/ticket-actions.ts";
import { registerSlaRoutes } from "./routes/sla.ts";
import { registerSystemRoutes } from "./routes/system.ts";
import { registerTicketRoutes } from "./routes/tickets.ts";

export interface AppOptions {
  deps: Deps;
  metrics: Metrics;
  maxBodyBytes: number;
  /** Job handlers, to triage a new ticket within the request when no worker has taken it. */
  handlers: Record<string, JobHandler>;
  instanceId: string;
  /** Lease of a job the API runs itself (see Worker); defaults to a minute. */
  leaseMs?: number;
  /** The built console (console/dist); without it `/` says how to build it. */
  consoleDir?: string;
}

export type Env = { Variables: { principal: Principal; session?: SessionPrincipal } };

export type App = OpenAPIHono<Env>;

// The console runs no inline script and loads nothing from elsewhere: customer text can't either.
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Builds the HTTP API: thin routes over the use cases, validated by the same zod schemas. */
export function createApp(options: AppOptions): App {
  const app = new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.join(".") || "request";
        return c.json({ error: `${field}: ${issue?.message ?? "invalid"}` }, 400);
      }
    },
  });
  app.use("*", secureHeaders({ contentSecurityPolicy: CSP }));
  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    const route = c.req.routePath || "unmatched";
    options.metrics.requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    options.metrics.duration.observe({ method: c.req.method, route }, (performance.now() - started) / 1000);
  });
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: options.maxBodyBytes,
      onError: (c) => c.json({ error: `request body is larger than ${options.maxBodyBytes} bytes` }, 413),
    }),
  );
  app.use("/api/*", authMiddleware(options.deps));
  registerSessionRoutes(app, options);
  registerTicketRoutes(app, options);
  registerDraftRoutes(app, options);
  registerTicketActionRoutes(app, options);
  registerOutcomeRoutes(app, options);
  registerHandoffRoutes(app, options);
  registerKnowledgeRoutes(app, options);
  registerKnowledgeGapRoutes(app, options);
  registerDigestRoutes(app, options);
  registerArticleRoutes(app, options);
  registerArticleDraftRoutes(app, options);
  registerOverviewRoutes(app, options);
  registerCommitmentRoutes(app, options);
  registerAutonomyRoutes(app, options);
  registerSlaRoutes(app, options);
  registerSystemRoutes(app, options);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Deckhand API", version: "1", description: "Tickets in, triage out." },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "The console's session; state changes also need the x-csrf-token header from sign-in.",
  });
  registerConsoleRoutes(app, options.consoleDir);
  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => errorResponse(error, c, options));
  return app;
}

function errorResponse(error: Error, c: Context, options: AppOptions) {
  if (error instanceof HTTPException) {
    const message = error.status === 400 ? `invalid request: ${error.message}` : error.message;
    return c.json({ error: message || "bad request" }, error.status);
  }
  const status = httpStatusFor(error);
  if (status >= 500) options.deps.log.error("request failed", { path: c.req.path, error: String(error) });
  const message = error instanceof DeckhandError ? error.message : "internal error";
  return c.json({ error: message }, status as 400);
}
