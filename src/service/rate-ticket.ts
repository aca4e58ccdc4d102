import type { CategoryKey } from "../autonomy/category.ts";
import { demoteForTicket } from "../autonomy/demote.ts";
import { redact } from "../pipeline/redact/redact.ts";
import { withoutNul } from "../pipeline/redact/sanitize.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { actorOf, type Principal } from "./principal.ts";

/** A rating at or below this is bad: the categories that answered the ticket lose their autonomy. */
export const BAD_RATING = 2;

export interface RateTicketInput {
  principal: Principal;
  ticketId: string;
  rating: number;
  comment?: string;
}

/**
 * Records a customer's rating (1–5) of a ticket, from the customer's own token or an engineer on
 * their behalf. A bad rating sends every category that replied on the ticket back to draft-only.
 */
export async function rateTicket(
  deps: Deps,
  { principal, ticketId, rating, comment }: RateTicketInput,
): Promise<{ id: string; rating: number; bad: boolean; demoted: CategoryKey[] }> {
  const row = await getVisibleTicketRow(deps, principal, ticketId);
  const actor = actorOf(principal);
  const text = comment ? redact(withoutNul(comment)).text.trim().slice(0, 2000) : "";
  const bad = rating <= BAD_RATING;
  return deps.db.transaction().execute(async (trx) => {
    const id = deps.ids();
    await trx
      .insertInto("ticket_ratings")
      .values({
        id,
        ticket_id: row.id,
        org_id: row.org_id,
        rating,
        comment: text || null,
        rated_by: actor,
        created_at: nowIso(deps),
      })
      .execute();
    await audit(trx, deps, {
      actor,
      action: "ticket.rated",
      entityType: "ticket",
      entityId: row.id,
      details: { ratingId: id, rating, bad },
    });
    const demoted = bad
      ? await demoteForTicket(trx, deps, {
          ticketId: row.id,
          actor,
          reason: `the customer rated a ticket it answered ${rating}/5`,
          evidence: { ratingId: id, rating },
        })
      : [];
    return { id, rating, bad, demoted };
  });
}
