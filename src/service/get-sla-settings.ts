import type { Kysely, Transaction } from "kysely";
import { ZSlaSettings, type TSlaSettings } from "../domain/sla.ts";
import { DEFAULT_SLA_SETTINGS } from "../sla/policies.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

export const SLA_SETTINGS_ID = "current";

export interface StoredSlaSettings {
  settings: TSlaSettings;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The SLA settings in force: the lead's, or the built-in defaults (also if the stored row is unreadable). */
export async function loadSlaSettings(
  db: Kysely<Database> | Transaction<Database>,
): Promise<StoredSlaSettings> {
  const row = await db
    .selectFrom("sla_settings")
    .selectAll()
    .where("id", "=", SLA_SETTINGS_ID)
    .executeTakeFirst();
  if (!row) return { settings: DEFAULT_SLA_SETTINGS, updatedAt: null, updatedBy: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.settings);
  } catch {
    parsed = null;
  }
  const result = ZSlaSettings.safeParse(parsed);
  return {
    settings: result.success ? result.data : DEFAULT_SLA_SETTINGS,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** The SLA settings, for any engineer. */
export async function getSlaSettings(
  deps: Pick<Deps, "db">,
  { principal }: { principal: Principal },
): Promise<StoredSlaSettings> {
  requireEngineer(principal);
  return loadSlaSettings(deps.db);
}
