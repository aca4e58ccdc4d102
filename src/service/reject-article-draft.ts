import { DeckhandError } from "../domain/errors.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/** Turns down a proposed article (leads and admins), with the reason kept for the record. */
export async function rejectArticleDraft(
  deps: Deps,
  { principal, id, reason }: { principal: Principal; id: string; reason: string },
): Promise<{ status: "rejected" }> {
  requireEngineer(principal, "lead");
  const actor = actorOf(principal);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("article_drafts")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw new DeckhandError("not-found", `no article draft ${id}`);
    const changed = await trx
      .updateTable("article_drafts")
      .set({
        status: "rejected",
        decided_at: nowIso(deps),
        decided_by: actor,
        decision_note: reason.slice(0, 2000),
      })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0)
      throw new DeckhandError("conflict", `the article draft was already ${row.status}`);
    await audit(trx, deps, {
      actor,
      action: "article-draft.rejected",
      entityType: "article-draft",
      entityId: id,
      details: { reason: reason.slice(0, 200) },
    });
    return { status: "rejected" as const };
  });
}
