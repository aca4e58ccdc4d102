import { randomBytes } from "node:crypto";
import type { TEngineer } from "../domain/console-api.ts";
import { DeckhandError } from "../domain/errors.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import { hashToken } from "./tokens.ts";

/** How long a console session lasts from sign-in. */
export const SESSION_HOURS = 12;

export interface SignInOutput {
  /** The cookie's value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  engineer: TEngineer;
  expiresAt: Date;
}

/** Failed sign-ins for one e-mail address within the window before further tries are refused. */
export const MAX_FAILED_SIGN_INS = 10;
const FAILED_WINDOW_MS = 15 * 60_000;

// Compared against when the e-mail is unknown, so both failures take as long.
const DUMMY_HASH = hashPassword("not-a-password");

/** Signs a support engineer in with e-mail and password and opens a server-side session. */
export async function signIn(
  deps: Deps,
  { email, password }: { email: string; password: string },
): Promise<SignInOutput> {
  const address = email.trim().toLowerCase();
  // Counted in the database, so every server process sees the same tries.
  const since = new Date(deps.clock().getTime() - FAILED_WINDOW_MS).toISOString();
  const failed = await deps.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("entity_type", "=", "sign-in")
    .where("entity_id", "=", address)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  if (Number(failed.count) >= MAX_FAILED_SIGN_INS)
    throw new DeckhandError("too-many", "too many failed sign-ins for this e-mail; try again in 15 minutes");
  const row = await deps.db
    .selectFrom("engineers")
    .selectAll()
    .where("email", "=", address)
    .executeTakeFirst();
  const ok = await verifyPassword(password, row?.password_hash ?? (await DUMMY_HASH));
  if (!row?.password_hash || !ok) {
    await deps.db.transaction().execute((trx) =>
      audit(trx, deps, {
        actor: "anonymous",
        action: "session.refused",
        entityType: "sign-in",
        entityId: address,
      }),
    );
    throw new DeckhandError("unauthorized", "e-mail or password is not right");
  }
  const sessionToken = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(deps.clock().getTime() + SESSION_HOURS * 3_600_000);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("sessions")
      .values({
        id: hashToken(sessionToken),
        engineer_id: row.id,
        csrf_token: csrfToken,
        created_at: nowIso(deps),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
    // Expired sessions of this engineer are cleared as new ones are made.
    await trx
      .deleteFrom("sessions")
      .where("engineer_id", "=", row.id)
      .where("expires_at", "<", nowIso(deps))
      .execute();
    await audit(trx, deps, {
      actor: `engineer:${row.id}:${row.role}`,
      action: "session.created",
      entityType: "engineer",
      entityId: row.id,
    });
  });
  return {
    sessionToken,
    csrfToken,
    expiresAt,
    engineer: { id: row.id, email: row.email, name: row.name, role: row.role },
  };
}
