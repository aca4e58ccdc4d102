import { createHash, randomBytes } from "node:crypto";
import { DeckhandError } from "../domain/errors.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { orgSlug } from "./organisations.ts";
import type { EngineerRole, Principal } from "./principal.ts";

const PREFIX = "dh_";

/** Tokens are stored as SHA-256 hashes: a leaked database does not leak usable tokens. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export type CreateTokenInput = { name?: string } & ({ role: EngineerRole } | { org: string });

/** Creates an API token for an engineer role or for one organisation; returns the plain token once. */
export async function createToken(
  deps: Deps,
  input: CreateTokenInput,
): Promise<{ token: string; id: string }> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const id = deps.ids();
  await deps.db.transaction().execute(async (trx) => {
    let orgId: string | null = null;
    if ("org" in input) {
      const slug = orgSlug(input.org);
      await trx
        .insertInto("organisations")
        .values({ id: deps.ids(), slug, name: input.org, plan: null, created_at: nowIso(deps) })
        .onConflict((oc) => oc.column("slug").doNothing())
        .execute();
      orgId = (
        await trx.selectFrom("organisations").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()
      ).id;
    }
    await trx
      .insertInto("api_tokens")
      .values({
        id,
        token_hash: hashToken(token),
        name: input.name ?? ("org" in input ? `org ${input.org}` : `${input.role} token`),
        role: "role" in input ? input.role : null,
        org_id: orgId,
        engineer_id: null,
        created_at: nowIso(deps),
        revoked_at: null,
      })
      .execute();
  });
  return { token, id };
}

/** Resolves a bearer token to its principal; unknown or revoked tokens are refused alike. */
export async function authenticate(deps: Pick<Deps, "db">, token: string | undefined): Promise<Principal> {
  if (!token || !token.startsWith(PREFIX) || token.length > 200)
    throw new DeckhandError(
      "unauthorized",
      "send 'Authorization: Bearer <token>' with a token from 'deckhand token create'",
    );
  const row = await deps.db
    .selectFrom("api_tokens")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) throw new DeckhandError("unauthorized", "the token is not valid or has been revoked");
  if (row.org_id) return { kind: "org", orgId: row.org_id, tokenId: row.id };
  return { kind: "engineer", role: row.role ?? "agent", tokenId: row.id, engineerId: row.engineer_id };
}
