import type { TSlaSettings } from "../domain/sla.ts";
import { addBusinessTime, workingDayMinutes } from "../sla/business-calendar.ts";
import { closureNoticeText, nudgeText } from "../sla/follow-up-text.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { draftFollowUp } from "./draft-follow-up.ts";
import { sendReply } from "./send-reply.ts";

const BATCH = 500;

/**
 * Tickets waiting on the customer: after `nudgeAfterBusinessDays` a polite nudge is drafted; once
 * the nudge was sent and `closeAfterBusinessDays` more have passed, a closure notice, which closes
 * the ticket when it is sent (at once with `autoClose`). Each once per waiting period: a customer
 * reply ends the period. Returns what was drafted.
 */
export async function followUpWaitingTickets(
  deps: Deps,
  settings: TSlaSettings,
): Promise<{ nudges: number; closures: number }> {
  const tickets = await deps.db
    .selectFrom("tickets")
    .select(["id", "subject", "updated_at"])
    .where("status", "=", "awaiting_customer")
    .orderBy("updated_at")
    .limit(BATCH)
    .execute();
  const counts = { nudges: 0, closures: 0 };
  const day = workingDayMinutes(settings.calendar);
  const now = deps.clock();
  for (const ticket of tickets) {
    try {
      const since = await waitingSince(deps, ticket);
      const nudgeAt = addBusinessTime(
        new Date(since),
        settings.waiting.nudgeAfterBusinessDays * day,
        settings.calendar,
      );
      if (nudgeAt > now) continue;
      const nudge = await deps.db
        .selectFrom("sla_follow_ups")
        .leftJoin("drafts", "drafts.id", "sla_follow_ups.draft_id")
        .select(["drafts.status", "drafts.decided_at"])
        .where("sla_follow_ups.ticket_id", "=", ticket.id)
        .where("sla_follow_ups.kind", "=", "nudge")
        .where("sla_follow_ups.period", "=", since)
        .executeTakeFirst();
      if (!nudge) {
        const drafted = await deps.db.transaction().execute((trx) =>
          draftFollowUp(trx, deps, {
            ticketId: ticket.id,
            kind: "nudge",
            period: since,
            body: nudgeText(ticket.subject),
          }),
        );
        if (drafted) counts.nudges++;
        continue;
      }
      // Closure counts from when the nudge actually went out; an unsent or rejected nudge closes nothing.
      if (nudge.status !== "sent" || !nudge.decided_at) continue;
      const closeAt = addBusinessTime(
        new Date(nudge.decided_at),
        settings.waiting.closeAfterBusinessDays * day,
        settings.calendar,
      );
      if (closeAt > now) continue;
      if (await closeOne(deps, settings, ticket.id, ticket.subject, since)) counts.closures++;
    } catch (error) {
      deps.log.error("waiting follow-up failed", { ticket: ticket.id, error: String(error) });
    }
  }
  return counts;
}

/** When the current wait began: the ticket's last status change (into awaiting_customer). */
async function waitingSince(deps: Deps, ticket: { id: string; updated_at: string }): Promise<string> {
  const last = await deps.db
    .selectFrom("ticket_status_changes")
    .select(["status", "at"])
    .where("ticket_id", "=", ticket.id)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return last?.status === "awaiting_customer" ? last.at : ticket.updated_at;
}

async function closeOne(
  deps: Deps,
  settings: TSlaSettings,
  ticketId: string,
  subject: string | null,
  period: string,
): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const body = closureNoticeText(subject);
    const drafted = await draftFollowUp(trx, deps, { ticketId, kind: "closure-notice", period, body });
    if (!drafted) return false;
    if (settings.waiting.autoClose && drafted.delivery.mode !== "send") {
      const { from, status } = await sendReply(trx, deps, {
        ticketId,
        body,
        actor: "deckhand:sla",
        draftId: drafted.draftId,
      });
      await audit(trx, deps, {
        actor: "deckhand:sla",
        action: "ticket.closed-no-reply",
        entityType: "ticket",
        entityId: ticketId,
        details: { draftId: drafted.draftId, from, to: status },
      });
    }
    return true;
  });
}
