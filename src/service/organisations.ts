import type { Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

/** Finds an organisation by slug or creates it; safe when two requests race to create it. */
export async function ensureOrganisation(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  slug: string,
  plan?: string,
): Promise<string> {
  await trx
    .insertInto("organisations")
    .values({ id: deps.ids(), slug, name: slug, plan: plan ?? null, created_at: nowIso(deps) })
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  const row = await trx
    .selectFrom("organisations")
    .select("id")
    .where("slug", "=", slug)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Finds a contact of the organisation by e-mail or creates it. */
export async function ensureContact(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  orgId: string,
  email: string,
): Promise<string> {
  await trx
    .insertInto("contacts")
    .values({ id: deps.ids(), org_id: orgId, email, created_at: nowIso(deps) })
    .onConflict((oc) => oc.columns(["org_id", "email"]).doNothing())
    .execute();
  const row = await trx
    .selectFrom("contacts")
    .select("id")
    .where("org_id", "=", orgId)
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Normalises a customer-given organisation name into a slug. */
export function orgSlug(name: string | undefined): string {
  const slug = (name ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "default";
}
