import type { TSlaSettings } from "../domain/sla.ts";
import { enqueue } from "../jobs/queue.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { SLA_SETTINGS_ID, type StoredSlaSettings } from "./get-sla-settings.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";
import { SLA_RECOMPUTE_JOB } from "./sweep-sla.ts";

/**
 * Replaces the SLA settings (leads only; validated at the edge) and queues the recomputation of
 * every open ticket's timers under them.
 */
export async function saveSlaSettings(
  deps: Deps,
  { principal, settings }: { principal: Principal; settings: TSlaSettings },
): Promise<StoredSlaSettings> {
  requireEngineer(principal, "lead");
  const actor = actorOf(principal);
  const now = nowIso(deps);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("sla_settings")
      .values({ id: SLA_SETTINGS_ID, settings: JSON.stringify(settings), updated_at: now, updated_by: actor })
      .onConflict((oc) =>
        oc
          .column("id")
          .doUpdateSet({ settings: JSON.stringify(settings), updated_at: now, updated_by: actor }),
      )
      .execute();
    await enqueue(trx, deps, {
      kind: SLA_RECOMPUTE_JOB,
      payload: {},
      dedupeKey: `${SLA_RECOMPUTE_JOB}:${now}:${deps.ids()}`,
    });
    await audit(trx, deps, {
      actor,
      action: "sla.settings",
      entityType: "sla_settings",
      entityId: SLA_SETTINGS_ID,
      details: { settings },
    });
  });
  return { settings, updatedAt: now, updatedBy: actor };
}
