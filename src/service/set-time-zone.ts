import type { Transaction } from "kysely";
import { DeckhandError } from "../domain/errors.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

export interface SetTimeZoneInput {
  principal: Principal;
  /** The organisation's slug. */
  org: string;
  /** Set this contact's zone rather than the organisation's. */
  contactEmail?: string;
  /** An IANA zone (validated at the edge), or null to fall back to the organisation's or the calendar's. */
  timeZone: string | null;
}

/** Sets the time zone a customer is told times in (progress updates); leads only. */
export async function setTimeZone(
  deps: Deps,
  { principal, org, contactEmail, timeZone }: SetTimeZoneInput,
): Promise<{ org: string; contactEmail: string | null; timeZone: string | null }> {
  requireEngineer(principal, "lead");
  return deps.db.transaction().execute(async (trx) => {
    const organisation = await trx
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", org)
      .executeTakeFirst();
    if (!organisation) throw new DeckhandError("not-found", `no organisation ${org}`);
    if (contactEmail === undefined) {
      await trx
        .updateTable("organisations")
        .set({ time_zone: timeZone })
        .where("id", "=", organisation.id)
        .execute();
    } else {
      const updated = await trx
        .updateTable("contacts")
        .set({ time_zone: timeZone })
        .where("org_id", "=", organisation.id)
        .where("email", "=", contactEmail)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        throw new DeckhandError("not-found", `no contact ${contactEmail} in ${org}`);
    }
    await audit(trx, deps, {
      actor: actorOf(principal),
      action: "sla.time-zone",
      entityType: contactEmail === undefined ? "organisation" : "contact",
      entityId: organisation.id,
      details: { org, contactEmail: contactEmail ?? null, timeZone },
    });
    return { org, contactEmail: contactEmail ?? null, timeZone };
  });
}

/** The zone to tell a ticket's customer times in: the contact's, the organisation's, else `fallback`. */
export async function customerTimeZone(
  trx: Transaction<Database>,
  ticketId: string,
  fallback: string,
): Promise<string> {
  const row = await trx
    .selectFrom("tickets")
    .innerJoin("organisations", "organisations.id", "tickets.org_id")
    .leftJoin("contacts", "contacts.id", "tickets.contact_id")
    .select(["contacts.time_zone as contact_zone", "organisations.time_zone as org_zone"])
    .where("tickets.id", "=", ticketId)
    .executeTakeFirst();
  return row?.contact_zone ?? row?.org_zone ?? fallback;
}
