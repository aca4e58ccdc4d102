import type { TTriageResult } from "../domain/triage-result.ts";
import type { TSlaSettings } from "../domain/sla.ts";
import { measureFor } from "../sla/business-calendar.ts";
import { progressUpdateText } from "../sla/follow-up-text.ts";
import { policyFor } from "../sla/policies.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { draftFollowUp } from "./draft-follow-up.ts";
import { customerTimeZone } from "./set-time-zone.ts";

/** Statuses in which the customer waits on us (or on engineering) for news. */
const WAITING_FOR_NEWS = ["escalated", "in_progress", "awaiting_approval"];
const BATCH = 200;

/**
 * Drafts a progress update for every ticket waiting on us or on engineering past its next-update
 * target: once per next-update period (the period restarts when a reply goes out). Returns how
 * many were drafted.
 */
export async function draftProgressUpdates(deps: Deps, settings: TSlaSettings): Promise<number> {
  const due = await deps.db
    .selectFrom("sla_timers")
    .innerJoin("tickets", "tickets.id", "sla_timers.ticket_id")
    .select(["sla_timers.ticket_id", "sla_timers.started_at"])
    .where("sla_timers.kind", "=", "next_update")
    .where("sla_timers.met_at", "is", null)
    .where("sla_timers.due_at", "<=", nowIso(deps))
    .where("tickets.status", "in", WAITING_FOR_NEWS)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("sla_follow_ups")
            .select("sla_follow_ups.id")
            .whereRef("sla_follow_ups.ticket_id", "=", "sla_timers.ticket_id")
            .where("sla_follow_ups.kind", "=", "progress-update")
            .whereRef("sla_follow_ups.period", "=", "sla_timers.started_at"),
        ),
      ),
    )
    .orderBy("sla_timers.due_at")
    .limit(BATCH)
    .execute();
  let drafted = 0;
  for (const timer of due) {
    try {
      if (await draftOne(deps, settings, timer.ticket_id, timer.started_at)) drafted++;
    } catch (error) {
      // One ticket's failure must not hold up the rest; the next sweep tries it again.
      deps.log.error("progress update failed", { ticket: timer.ticket_id, error: String(error) });
    }
  }
  return drafted;
}

async function draftOne(deps: Deps, settings: TSlaSettings, ticketId: string, period: string) {
  return deps.db.transaction().execute(async (trx) => {
    const ticket = await trx
      .selectFrom("tickets")
      .innerJoin("organisations", "organisations.id", "tickets.org_id")
      .select([
        "tickets.subject",
        "tickets.status",
        "tickets.priority",
        "tickets.top_code",
        "organisations.plan",
      ])
      .where("tickets.id", "=", ticketId)
      .executeTakeFirstOrThrow();
    const escalation = await trx
      .selectFrom("escalations")
      .select("team")
      .where("ticket_id", "=", ticketId)
      .where("status", "=", "open")
      .orderBy("created_at", "desc")
      .executeTakeFirst();
    const triage = await trx
      .selectFrom("triage_results")
      .select("result")
      .where("ticket_id", "=", ticketId)
      .orderBy("version", "desc")
      .executeTakeFirst();
    const top = triage ? (JSON.parse(triage.result) as TTriageResult).diagnoses[0] : undefined;
    const code = top?.code ?? ticket.top_code;
    const policy = policyFor(settings, ticket.priority, ticket.plan);
    // When the customer will hear next if this update goes out now: a new next-update period.
    const nextUpdateAt = measureFor(policy.hours, settings.calendar).add(
      deps.clock(),
      policy.nextUpdateMinutes,
    );
    const body = progressUpdateText({
      subject: ticket.subject,
      // Only a ticket actually handed over is "with" another team; a recommendation is not.
      escalatedTo: ticket.status === "escalated" ? (escalation?.team ?? null) : null,
      investigating: code ? (deps.kb.codeTitles.get(code) ?? null) : null,
      nextUpdateAt,
      timeZone: await customerTimeZone(trx, ticketId, settings.calendar.timeZone),
    });
    return draftFollowUp(trx, deps, { ticketId, kind: "progress-update", period, body });
  });
}
