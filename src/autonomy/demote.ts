import type { Transaction } from "kysely";
import type { TActionKind } from "../domain/draft.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";
import { asLevel, causeOf, findCategory, rank, type CategoryKey } from "./category.ts";
import { changeEarnedLevel } from "./change-level.ts";
import { basisOf, categoryNumbers } from "./numbers.ts";
import { loadPolicy } from "./policy.ts";

export interface DemoteInput {
  reason: string;
  actor: string;
  /** What the demotion rests on (ticket, rating ...), kept with the numbers. */
  evidence: Record<string, unknown>;
}

/**
 * Sends a category back to draft-only after a sign that its replies were wrong. One already at
 * draft-only restarts its count instead, so the reviews accepted before the sign do not promote it.
 * Returns true when the category changed.
 */
export async function demoteCategory(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  key: CategoryKey,
  { reason, actor, evidence }: DemoteInput,
): Promise<boolean> {
  const row = await findCategory(trx, key);
  if (!row) return false;
  const { policy } = await loadPolicy(trx);
  const numbers = await categoryNumbers(trx, deps, key, row, policy);
  const atBottom = rank(asLevel(row.level)) === 0;
  if (atBottom && numbers.reviews === 0) return false;
  return changeEarnedLevel(trx, deps, {
    row,
    change: atBottom ? "reset" : "demoted",
    to: "draft-only",
    reason,
    actor,
    numbers: { ...basisOf(numbers, policy), ...evidence },
  });
}

/** The categories of the replies a ticket was sent (a person's or Deckhand's own). */
export async function sentCategories(trx: Transaction<Database>, ticketId: string): Promise<CategoryKey[]> {
  const rows = await trx
    .selectFrom("drafts")
    .select(["code", "area", "action_kind"])
    .where("ticket_id", "=", ticketId)
    .where("status", "=", "sent")
    .execute();
  const keys = new Map<string, CategoryKey>();
  for (const row of rows) {
    const key = { cause: causeOf(row.code, row.area), actionKind: row.action_kind as TActionKind };
    keys.set(`${key.cause}|${key.actionKind}`, key);
  }
  return [...keys.values()];
}

/**
 * A ticket's answer did not hold (it was reopened, or its customer rated it badly): every category
 * that replied on it goes back to draft-only. Returns the categories that changed.
 */
export async function demoteForTicket(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  {
    ticketId,
    reason,
    actor,
    evidence = {},
  }: { ticketId: string; reason: string; actor: string; evidence?: Record<string, unknown> },
): Promise<CategoryKey[]> {
  const changed: CategoryKey[] = [];
  for (const key of await sentCategories(trx, ticketId))
    if (await demoteCategory(trx, deps, key, { reason, actor, evidence: { ticketId, ...evidence } }))
      changed.push(key);
  return changed;
}

/** A resolved or closed ticket went back to in progress: its answer did not hold. */
export function demoteForReopen(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { ticketId, actor }: { ticketId: string; actor: string },
): Promise<CategoryKey[]> {
  return demoteForTicket(trx, deps, { ticketId, actor, reason: "a ticket it answered was reopened" });
}

/**
 * An engineer corrected the diagnosis of a resolved ticket (a `ticket_outcomes` row with verdict
 * 'corrected'): every category of the cause Deckhand predicted goes back to draft-only, whatever the
 * action kind. `code` and `area` are the prediction (`predicted_code` and the ticket's area), not the
 * correction. Call it in the transaction that writes the outcome.
 */
export async function demoteForCorrection(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  {
    ticketId,
    code,
    area,
    actor = "deckhand:learning",
  }: { ticketId: string; code: string | null; area: string | null; actor?: string },
): Promise<CategoryKey[]> {
  const cause = causeOf(code, area);
  const rows = await trx
    .selectFrom("autonomy_categories")
    .select("action_kind")
    .where("cause", "=", cause)
    .execute();
  const changed: CategoryKey[] = [];
  for (const row of rows) {
    const key = { cause, actionKind: row.action_kind as TActionKind };
    const evidence = { ticketId, correctedFrom: cause };
    if (
      await demoteCategory(trx, deps, key, {
        reason: "a diagnosis of this cause was corrected",
        actor,
        evidence,
      })
    )
      changed.push(key);
  }
  return changed;
}
