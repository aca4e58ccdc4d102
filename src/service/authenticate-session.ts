import { timingSafeEqual } from "node:crypto";
import type { TEngineer } from "../domain/console-api.ts";
import { DeckhandError } from "../domain/errors.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import type { Principal } from "./principal.ts";
import { hashToken } from "./tokens.ts";

export interface SessionPrincipal {
  principal: Principal;
  engineer: TEngineer;
  csrfToken: string;
}

export interface AuthenticateSessionInput {
  sessionToken: string;
  /** The request changes state: the `x-csrf-token` header must then match the session's. */
  mutating: boolean;
  csrfHeader: string | undefined;
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Resolves a console session cookie to its engineer; state changes also need the CSRF token. */
export async function authenticateSession(
  deps: Pick<Deps, "db" | "clock">,
  { sessionToken, mutating, csrfHeader }: AuthenticateSessionInput,
): Promise<SessionPrincipal> {
  const row = await deps.db
    .selectFrom("sessions")
    .innerJoin("engineers", "engineers.id", "sessions.engineer_id")
    .select([
      "sessions.id as session_id",
      "sessions.csrf_token",
      "sessions.expires_at",
      "engineers.id",
      "engineers.email",
      "engineers.name",
      "engineers.role",
    ])
    .where("sessions.id", "=", hashToken(sessionToken))
    .executeTakeFirst();
  if (!row || row.expires_at <= nowIso(deps))
    throw new DeckhandError("unauthorized", "the session has ended: sign in again");
  if (mutating && !same(csrfHeader ?? "", row.csrf_token))
    throw new DeckhandError("forbidden", "missing or wrong x-csrf-token header");
  return {
    principal: {
      kind: "engineer",
      role: row.role,
      tokenId: `session:${row.session_id.slice(0, 12)}`,
      engineerId: row.id,
    },
    engineer: { id: row.id, email: row.email, name: row.name, role: row.role },
    csrfToken: row.csrf_token,
  };
}
