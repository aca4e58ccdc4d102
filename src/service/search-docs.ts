import type { Kysely, Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

export interface SearchDoc {
  kind: "article" | "ticket";
  refId: string;
  orgId: string | null;
  title: string;
  body: string;
}

const MAX_BODY = 20_000;

/** Adds or replaces one searchable document (already redacted text only). */
export async function upsertSearchDoc(
  db: Kysely<Database> | Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  doc: SearchDoc,
): Promise<void> {
  const values = {
    title: doc.title.slice(0, 500),
    body: doc.body.slice(0, MAX_BODY),
    org_id: doc.orgId,
    updated_at: nowIso(deps),
  };
  await db
    .insertInto("search_docs")
    .values({ id: deps.ids(), kind: doc.kind, ref_id: doc.refId, ...values })
    .onConflict((oc) => oc.columns(["kind", "ref_id"]).doUpdateSet(values))
    .execute();
}
