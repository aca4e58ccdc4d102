import type { Kysely, Transaction } from "kysely";
import type { TActionKind } from "../domain/draft.ts";
import { LEVELS, type TLevel } from "../domain/autonomy.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";
import { nowIso } from "../service/deps.ts";

/** A category autonomy is earned in: a cause (root-cause code, or `area:<area>`) times an action kind. */
export interface CategoryKey {
  cause: string;
  actionKind: TActionKind;
}

export type CategoryRow = Database["autonomy_categories"];

const AREA_PREFIX = "area:";

/** The cause a draft is judged by: its root-cause code, or its area when it has none. */
export function causeOf(code: string | null, area: string | null): string {
  return code ?? `${AREA_PREFIX}${area ?? "other"}`;
}

/** The code or the area a cause stands for. */
export function splitCause(cause: string): { code: string | null; area: string | null } {
  return cause.startsWith(AREA_PREFIX)
    ? { code: null, area: cause.slice(AREA_PREFIX.length) }
    : { code: cause, area: null };
}

/** Position of a level, for comparisons: draft-only 0, hold 1, send 2. */
export const rank = (level: TLevel): number => LEVELS.indexOf(level);

/** Reads a stored level, falling back to the safest one. */
export const asLevel = (value: string | null | undefined): TLevel =>
  (LEVELS as readonly string[]).includes(value ?? "") ? (value as TLevel) : "draft-only";

/** The level in force: a pin replaces the earned level, a cap bounds it. */
export function effectiveLevel(row: CategoryRow | undefined): TLevel {
  if (!row) return "draft-only";
  const earned = asLevel(row.level);
  if (row.override === "pin") return asLevel(row.override_level);
  if (row.override === "cap") {
    const cap = asLevel(row.override_level);
    return rank(earned) > rank(cap) ? cap : earned;
  }
  return earned;
}

/** The stored row of a category, if anything has happened in it yet. */
export function findCategory(
  db: Kysely<Database> | Transaction<Database>,
  { cause, actionKind }: CategoryKey,
): Promise<CategoryRow | undefined> {
  return db
    .selectFrom("autonomy_categories")
    .selectAll()
    .where("cause", "=", cause)
    .where("action_kind", "=", actionKind)
    .executeTakeFirst();
}

/** The row of a category, created at draft-only the first time it is needed. */
export async function ensureCategory(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  key: CategoryKey,
): Promise<CategoryRow> {
  await trx
    .insertInto("autonomy_categories")
    .values({
      id: deps.ids(),
      cause: key.cause,
      action_kind: key.actionKind,
      level: "draft-only",
      level_since: null,
      override: null,
      override_level: null,
      override_by: null,
      override_at: null,
      override_note: null,
      updated_at: nowIso(deps),
    })
    .onConflict((oc) => oc.columns(["cause", "action_kind"]).doNothing())
    .execute();
  const row = await findCategory(trx, key);
  if (!row) throw new Error(`autonomy category ${key.cause} × ${key.actionKind} vanished`);
  return row;
}
