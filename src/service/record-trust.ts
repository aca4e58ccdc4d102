import type { Transaction } from "kysely";
import type { Contribution } from "../learning/contributions.ts";
import { countChanges, parseCountKey } from "../learning/trust-counts.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";

/**
 * Records what a resolved ticket teaches, in the caller's transaction: the ticket's earlier
 * observations (a re-resolved ticket) are taken back and the new ones added, as increments, so
 * concurrent resolutions of other tickets never overwrite each other's counts.
 */
export async function recordTrust(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock">,
  { ticketId, observations }: { ticketId: string; observations: readonly Contribution[] },
): Promise<void> {
  const previous = await trx
    .selectFrom("trust_observations")
    .select(["kind", "ref", "confirmed"])
    .where("ticket_id", "=", ticketId)
    .execute();
  const changes = countChanges(
    previous.map((row) => ({ kind: row.kind, ref: row.ref, right: Number(row.confirmed) === 1 })),
    observations,
  );
  const now = nowIso(deps);
  for (const [key, change] of [...changes].sort(([a], [b]) => a.localeCompare(b))) {
    const { kind, ref } = parseCountKey(key);
    await trx
      .insertInto("trust_counts")
      .values({ kind, ref, fired: 0, confirmed: 0, updated_at: now })
      .onConflict((conflict) => conflict.columns(["kind", "ref"]).doNothing())
      .execute();
    await trx
      .updateTable("trust_counts")
      .set((eb) => ({
        fired: eb("fired", "+", change.fired),
        confirmed: eb("confirmed", "+", change.right),
        updated_at: now,
      }))
      .where("kind", "=", kind)
      .where("ref", "=", ref)
      .execute();
  }
  await trx.deleteFrom("trust_observations").where("ticket_id", "=", ticketId).execute();
  if (observations.length > 0)
    await trx
      .insertInto("trust_observations")
      .values(
        observations.map(({ kind, ref, right }) => ({
          ticket_id: ticketId,
          kind,
          ref,
          confirmed: right ? 1 : 0,
        })),
      )
      .execute();
}
