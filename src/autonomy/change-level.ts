import type { Transaction } from "kysely";
import type { TLevel } from "../domain/autonomy.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "../service/audit.ts";
import type { Deps } from "../service/deps.ts";
import { nowIso } from "../service/deps.ts";
import { asLevel, effectiveLevel, splitCause, type CategoryKey, type CategoryRow } from "./category.ts";

type Change = Database["autonomy_level_history"]["change"];

export interface LevelChange {
  row: CategoryRow;
  change: Change;
  from: TLevel;
  to: TLevel;
  reason: string;
  actor: string;
  numbers: Record<string, unknown> | null;
}

/** Writes one entry of a category's level history and the matching audit entry. */
export async function recordLevelChange(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { row, change, from, to, reason, actor, numbers }: LevelChange,
): Promise<void> {
  await trx
    .insertInto("autonomy_level_history")
    .values({
      id: deps.ids(),
      category_id: row.id,
      from_level: from,
      to_level: to,
      change,
      reason,
      numbers: numbers ? JSON.stringify(numbers) : null,
      actor,
      at: nowIso(deps),
    })
    .execute();
  await audit(trx, deps, {
    actor,
    action: `autonomy.${change}`,
    entityType: "autonomy-category",
    entityId: row.id,
    details: { cause: row.cause, actionKind: row.action_kind, from, to, reason, ...numbers },
  });
}

/**
 * Moves a category's earned level (or, moving to the same level, restarts its count), with its
 * history and audit entry. Guarded on the level it read, so two reviews at once move it once.
 * Returns false when someone else moved it first.
 */
export async function changeEarnedLevel(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  input: Omit<LevelChange, "from">,
): Promise<boolean> {
  const { row, to } = input;
  const now = nowIso(deps);
  const result = await trx
    .updateTable("autonomy_categories")
    .set({ level: to, level_since: now, updated_at: now })
    .where("id", "=", row.id)
    .where("level", "=", row.level)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  const from = asLevel(row.level);
  await recordLevelChange(trx, deps, { ...input, from });
  const before = effectiveLevel(row);
  const after = effectiveLevel({ ...row, level: to });
  if (after === "draft-only" && before !== "draft-only")
    await releaseHeldDrafts(trx, deps, { cause: row.cause, actionKind: row.action_kind } as CategoryKey, {
      actor: input.actor,
      reason: input.reason,
    });
  return true;
}

/**
 * A category that may no longer act alone gives its held drafts back to people: their hold ends
 * without a send, and each ticket's audit log says why.
 */
export async function releaseHeldDrafts(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  key: CategoryKey,
  { actor, reason }: { actor: string; reason: string },
): Promise<number> {
  const { code, area } = splitCause(key.cause);
  let query = trx
    .selectFrom("drafts")
    .select(["id", "ticket_id", "send_at"])
    .where("status", "=", "pending")
    .where("send_at", "is not", null)
    .where("action_kind", "=", key.actionKind);
  query = code
    ? query.where("code", "=", code)
    : query
        .where("code", "is", null)
        .where((eb) =>
          area === "other" ? eb.or([eb("area", "=", area), eb("area", "is", null)]) : eb("area", "=", area),
        );
  const held = await query.execute();
  for (const draft of held) {
    await trx.updateTable("drafts").set({ send_at: null }).where("id", "=", draft.id).execute();
    await audit(trx, deps, {
      actor,
      action: "draft.hold-cancelled",
      entityType: "ticket",
      entityId: draft.ticket_id,
      details: { draftId: draft.id, wasDueAt: draft.send_at, reason },
    });
  }
  return held.length;
}
