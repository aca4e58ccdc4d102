import type { Kysely } from "kysely";
import type { TTicket } from "../domain/ticket.ts";
import type { Database } from "../store/schema.ts";
import { enqueue } from "../jobs/queue.ts";
import { redactTicket } from "../pipeline/redact/redact-ticket.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { ensureContact, ensureOrganisation, orgSlug } from "./organisations.ts";
import { actorOf, type Principal } from "./principal.ts";
import { trackSla } from "./track-sla.ts";

export interface CreateTicketInput {
  ticket: TTicket;
  principal: Principal;
}

export interface CreateTicketOutput {
  id: string;
  /** False when the externalId was seen before and the existing ticket is returned. */
  created: boolean;
  /** The triage job's dedupe key, so the caller can run it at once. */
  triageJob: string;
}

export const TRIAGE_JOB = "triage";
export const triageJobKey = (ticketId: string, version: number) => `triage:${ticketId}:${version}`;

/**
 * Ingests a ticket: redacts it, then commits the ticket, its first message, attachments, the triage
 * job and the audit entry in one transaction. Idempotent on (organisation, externalId).
 */
export async function createTicket(
  deps: Deps,
  { ticket: raw, principal }: CreateTicketInput,
): Promise<CreateTicketOutput> {
  const { ticket, redactions } = redactTicket(raw);
  const slug = principal.kind === "org" ? null : orgSlug(ticket.customer?.org);
  // Inside a transaction every query must use it: SQLite has one connection, and waiting for it
  // from within the transaction that holds it would never end.
  const existing = async (db: Kysely<Database>, orgId: string) =>
    ticket.externalId === undefined
      ? undefined
      : db
          .selectFrom("tickets")
          .select("id")
          .where("org_id", "=", orgId)
          .where("external_id", "=", ticket.externalId)
          .executeTakeFirst();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const orgId =
        principal.kind === "org"
          ? principal.orgId
          : await ensureOrganisation(trx, deps, slug ?? "default", ticket.customer?.plan);
      const found = await existing(trx, orgId);
      if (found) return { id: found.id, created: false, triageJob: triageJobKey(found.id, 1) };
      const now = nowIso(deps);
      const id = deps.ids();
      const contactId = ticket.customer?.email
        ? await ensureContact(trx, deps, orgId, ticket.customer.email)
        : null;
      await trx
        .insertInto("tickets")
        .values({
          id,
          org_id: orgId,
          contact_id: contactId,
          external_id: ticket.externalId ?? null,
          subject: ticket.subject ?? null,
          status: "new",
          priority: null,
          area: null,
          top_code: null,
          top_confidence: null,
          assignee_id: null,
          triage_version: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      const messageId = deps.ids();
      await trx
        .insertInto("messages")
        .values({
          id: messageId,
          ticket_id: id,
          kind: "inbound",
          author: ticket.customer?.email ?? "customer",
          body: ticket.body,
          created_at: now,
        })
        .execute();
      for (const attachment of ticket.attachments ?? []) {
        await trx
          .insertInto("attachments")
          .values({
            id: deps.ids(),
            ticket_id: id,
            message_id: messageId,
            name: attachment.name,
            text: attachment.text,
            size: attachment.text.length,
          })
          .execute();
      }
      await trackSla(trx, deps, { ticketId: id, status: "new" });
      const triageJob = triageJobKey(id, 1);
      await enqueue(trx, deps, {
        kind: TRIAGE_JOB,
        payload: { ticketId: id, version: 1 },
        dedupeKey: triageJob,
      });
      await audit(trx, deps, {
        actor: actorOf(principal),
        action: "ticket.created",
        entityType: "ticket",
        entityId: id,
        details: { status: "new", externalId: ticket.externalId ?? null, redactions },
      });
      return { id, created: true, triageJob };
    });
  } catch (error) {
    // Two requests with the same externalId raced: the unique index kept one; answer with it.
    if (ticket.externalId === undefined || !/unique|duplicate/i.test(String(error))) throw error;
    const orgId =
      principal.kind === "org"
        ? principal.orgId
        : (
            await deps.db
              .selectFrom("organisations")
              .select("id")
              .where("slug", "=", slug ?? "default")
              .executeTakeFirstOrThrow()
          ).id;
    const found = await existing(deps.db, orgId);
    if (!found) throw error;
    return { id: found.id, created: false, triageJob: triageJobKey(found.id, 1) };
  }
}
