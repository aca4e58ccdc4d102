import type { Kysely } from "kysely";
import type { TAutonomyCategory, TAutonomyPolicy } from "../domain/autonomy.ts";
import type { TActionKind } from "../domain/draft.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";
import { asLevel, effectiveLevel, splitCause, type CategoryRow } from "./category.ts";
import { categoryNumbers, nextStep } from "./numbers.ts";

/** Level changes shown per category, newest first. */
const HISTORY_LIMIT = 50;

/** A category as the API shows it: its level, the numbers behind it, what it takes to move, its history. */
export async function describeCategory(
  db: Kysely<Database>,
  deps: Pick<Deps, "clock">,
  row: CategoryRow,
  policy: TAutonomyPolicy,
): Promise<TAutonomyCategory> {
  const key = { cause: row.cause, actionKind: row.action_kind as TActionKind };
  const [numbers, history] = await Promise.all([
    categoryNumbers(db, deps, key, row, policy),
    db
      .selectFrom("autonomy_level_history")
      .selectAll()
      .where("category_id", "=", row.id)
      .orderBy("at", "desc")
      .limit(HISTORY_LIMIT)
      .execute(),
  ]);
  return {
    cause: row.cause,
    ...splitCause(row.cause),
    actionKind: key.actionKind,
    level: effectiveLevel(row),
    earnedLevel: asLevel(row.level),
    levelSince: row.level_since,
    override:
      row.override && row.override_level
        ? {
            kind: row.override,
            level: asLevel(row.override_level),
            by: row.override_by ?? "",
            at: row.override_at ?? "",
            note: row.override_note,
          }
        : null,
    numbers,
    next: nextStep(row.level, numbers, policy),
    history: history.map((h) => ({
      at: h.at,
      from: asLevel(h.from_level),
      to: asLevel(h.to_level),
      change: h.change,
      reason: h.reason,
      actor: h.actor,
      numbers: h.numbers ? (JSON.parse(h.numbers) as Record<string, unknown>) : null,
    })),
  };
}
