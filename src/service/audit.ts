import type { Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
}

/** Records a state change in the same transaction as the change itself. */
export async function audit(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  entry: AuditEntry,
): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      id: deps.ids(),
      at: nowIso(deps),
      actor: entry.actor,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
