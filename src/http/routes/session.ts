import { createRoute, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { ZSession, ZSignIn } from "../../domain/console-api.ts";
import { authenticateSession } from "../../service/authenticate-session.ts";
import type { Deps } from "../../service/deps.ts";
import { signIn } from "../../service/sign-in.ts";
import { signOut } from "../../service/sign-out.ts";
import { authenticate } from "../../service/tokens.ts";
import type { App, AppOptions, Env } from "../app.ts";
import { WEBHOOK_PREFIX } from "./handoff.ts";
import { body, errors, json, security } from "./openapi-parts.ts";

export const SESSION_COOKIE = "deckhand_session";
const SIGN_IN_PATH = "/api/v1/session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const overHttps = (c: Context) =>
  new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";

/**
 * Who is calling: a bearer token (API clients, unchanged) or else the console's session cookie,
 * which must come with the session's CSRF token on every state-changing request.
 */
export function authMiddleware(deps: Deps): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (c.req.path === SIGN_IN_PATH && c.req.method === "POST") return next();
    // Webhooks carry no token: each verifies its sender's signature over the body itself.
    if (c.req.path.startsWith(WEBHOOK_PREFIX) && c.req.method === "POST") return next();
    const header = c.req.header("authorization");
    const cookie = getCookie(c, SESSION_COOKIE);
    if (header === undefined && cookie) {
      const session = await authenticateSession(deps, {
        sessionToken: cookie,
        mutating: !SAFE_METHODS.has(c.req.method),
        csrfHeader: c.req.header("x-csrf-token"),
      });
      c.set("principal", session.principal);
      c.set("session", session);
    } else {
      const token = /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];
      c.set("principal", await authenticate(deps, token));
    }
    await next();
  };
}

/** Console sign-in, the current session and sign-out. */
export function registerSessionRoutes(app: App, { deps }: AppOptions): void {
  app.openapi(
    createRoute({
      method: "post",
      path: SIGN_IN_PATH,
      request: body(ZSignIn),
      responses: { 200: json(ZSession, "Signed in; the session cookie is set"), ...errors },
    }),
    async (c) => {
      const result = await signIn(deps, c.req.valid("json"));
      setCookie(c, SESSION_COOKIE, result.sessionToken, {
        httpOnly: true,
        sameSite: "Strict",
        secure: overHttps(c),
        path: "/",
        expires: result.expiresAt,
      });
      return c.json(
        { engineer: result.engineer, role: result.engineer.role, csrfToken: result.csrfToken },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: SIGN_IN_PATH,
      security,
      responses: { 200: json(ZSession, "Who is signed in, and the CSRF token to send"), ...errors },
    }),
    (c) => {
      const session = c.get("session");
      const principal = c.get("principal");
      const role = principal.kind === "engineer" ? principal.role : "agent";
      return c.json(
        session
          ? { engineer: session.engineer, role: session.engineer.role, csrfToken: session.csrfToken }
          : { engineer: null, role, csrfToken: null },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: SIGN_IN_PATH,
      security,
      responses: { 200: json(z.object({ signedOut: z.boolean() }), "Signed out"), ...errors },
    }),
    async (c) => {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie) await signOut(deps, { sessionToken: cookie });
      deleteCookie(c, SESSION_COOKIE, { path: "/", secure: overHttps(c) });
      return c.json({ signedOut: Boolean(cookie) }, 200);
    },
  );
}
