import { DeckhandError } from "../domain/errors.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

/**
 * Withdraws an open promise that no longer applies (the customer no longer needs it); its owner or
 * a lead may. A cancelled promise counts as neither kept nor missed.
 */
export async function cancelCommitment(
  deps: Deps,
  { principal, id }: { principal: Principal; id: string },
): Promise<{ id: string; status: "cancelled" }> {
  requireEngineer(principal);
  return deps.db.transaction().execute(async (trx) => {
    const commitment = await trx
      .selectFrom("commitments")
      .select(["id", "ticket_id", "owner", "status"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!commitment) throw new DeckhandError("not-found", `no commitment ${id}`);
    const own =
      principal.kind === "engineer" && commitment.owner === (principal.engineerId ?? principal.tokenId);
    if (!own) requireEngineer(principal, "lead");
    const now = nowIso(deps);
    const changed = await trx
      .updateTable("commitments")
      .set({ status: "cancelled", settled_at: now })
      .where("id", "=", id)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1)
      throw new DeckhandError("conflict", `the commitment is already ${commitment.status}`);
    await audit(trx, deps, {
      actor: actorOf(principal),
      action: "commitment.cancelled",
      entityType: "ticket",
      entityId: commitment.ticket_id,
      details: { commitmentId: id, owner: commitment.owner },
    });
    return { id, status: "cancelled" as const };
  });
}
