import { asLevel, effectiveLevel, ensureCategory } from "../autonomy/category.ts";
import { recordLevelChange, releaseHeldDrafts } from "../autonomy/change-level.ts";
import { describeCategory } from "../autonomy/describe-category.ts";
import { loadPolicy } from "../autonomy/policy.ts";
import type { TAutonomyCategory, TOverrideIn } from "../domain/autonomy.ts";
import { redact } from "../pipeline/redact/redact.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/**
 * A lead pins a category to a level, caps it at one, or lets the earned level apply again. The
 * override wins over the earned level, which keeps being earned underneath; a category that can no
 * longer act alone gives its held drafts back to people.
 */
export async function setAutonomyOverride(
  deps: Deps,
  { principal, input }: { principal: Principal; input: TOverrideIn },
): Promise<TAutonomyCategory> {
  requireEngineer(principal, "lead");
  const actor = actorOf(principal);
  const note = input.note ? redact(input.note).text.trim() || null : null;
  const row = await deps.db.transaction().execute(async (trx) => {
    const row = await ensureCategory(trx, deps, { cause: input.cause, actionKind: input.actionKind });
    const before = effectiveLevel(row);
    const now = nowIso(deps);
    const override = input.override === "none" ? null : input.override;
    const set = {
      override,
      override_level: override ? (input.level ?? null) : null,
      override_by: override ? actor : null,
      override_at: override ? now : null,
      override_note: override ? note : null,
      updated_at: now,
    };
    await trx.updateTable("autonomy_categories").set(set).where("id", "=", row.id).execute();
    const updated = { ...row, ...set };
    const after = effectiveLevel(updated);
    const change = override === "pin" ? "pinned" : override === "cap" ? "capped" : "unpinned";
    const what = override
      ? `${override} at ${input.level}`
      : `back to the earned level (${asLevel(row.level)})`;
    await recordLevelChange(trx, deps, {
      row,
      change,
      from: before,
      to: after,
      reason: note ? `${what}: ${note}` : what,
      actor,
      numbers: { earnedLevel: asLevel(row.level) },
    });
    if (after === "draft-only" && before !== "draft-only")
      await releaseHeldDrafts(
        trx,
        deps,
        { cause: input.cause, actionKind: input.actionKind },
        {
          actor,
          reason: `a lead set ${input.cause} × ${input.actionKind} to draft-only`,
        },
      );
    return updated;
  });
  const { policy } = await loadPolicy(deps.db);
  return describeCategory(deps.db, deps, row, policy);
}
