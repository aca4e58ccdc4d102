import type { z } from "zod";
import type { ZTicketDetail, ZTicketSummary } from "../domain/api.ts";
import { DeckhandError } from "../domain/errors.ts";
import type { TStatus } from "../domain/lifecycle.ts";
import type { TTriageResult } from "../domain/triage-result.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { ticketCommitments } from "./find-commitments.ts";
import { loadSlaSettings } from "./get-sla-settings.ts";
import { listSlaTimers, queueTimer } from "./list-sla-timers.ts";
import { orgScope, type Principal } from "./principal.ts";

type TicketRow = Database["tickets"] & { org_slug: string };

/** The summary shape of a ticket row joined with its organisation. */
export function toSummary(row: TicketRow): z.infer<typeof ZTicketSummary> {
  return {
    id: row.id,
    externalId: row.external_id,
    org: row.org_slug,
    subject: row.subject,
    status: row.status as TStatus,
    priority: row.priority,
    area: row.area,
    topCode: row.top_code,
    topConfidence: row.top_confidence === null ? null : Number(row.top_confidence),
    assigneeId: row.assignee_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A ticket row visible to the principal; an organisation never learns that others' tickets exist. */
export async function getVisibleTicketRow(
  deps: Pick<Deps, "db">,
  principal: Principal,
  id: string,
): Promise<TicketRow> {
  let query = deps.db
    .selectFrom("tickets")
    .innerJoin("organisations", "organisations.id", "tickets.org_id")
    .selectAll("tickets")
    .select("organisations.slug as org_slug")
    .where("tickets.id", "=", id);
  const scope = orgScope(principal);
  if (scope) query = query.where("tickets.org_id", "=", scope);
  const row = await query.executeTakeFirst();
  if (!row) throw new DeckhandError("not-found", `no ticket ${id}`);
  return row;
}

/** Everything about one ticket: conversation, latest triage, drafts and escalations. */
export async function getTicket(
  deps: Deps,
  { principal, id }: { principal: Principal; id: string },
): Promise<z.infer<typeof ZTicketDetail>> {
  const row = await getVisibleTicketRow(deps, principal, id);
  const internal = principal.kind === "engineer";
  const [messages, attachments, triage, drafts, escalations] = await Promise.all([
    deps.db
      .selectFrom("messages")
      .selectAll()
      .where("ticket_id", "=", id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    deps.db
      .selectFrom("attachments")
      .select(["id", "name", "size"])
      .where("ticket_id", "=", id)
      .orderBy("id")
      .execute(),
    deps.db
      .selectFrom("triage_results")
      .select(["result"])
      .where("ticket_id", "=", id)
      .orderBy("version", "desc")
      .limit(1)
      .executeTakeFirst(),
    internal
      ? deps.db.selectFrom("drafts").selectAll().where("ticket_id", "=", id).orderBy("created_at").execute()
      : [],
    internal
      ? deps.db
          .selectFrom("escalations")
          .selectAll()
          .where("ticket_id", "=", id)
          .orderBy("created_at")
          .execute()
      : [],
  ]);
  const sla = internal ? (await loadSlaSettings(deps.db)).settings : null;
  const timers = sla ? ((await listSlaTimers(deps.db, sla, [id], deps.clock())).get(id) ?? []) : null;
  const commitments = internal ? await ticketCommitments(deps.db, id) : null;
  return {
    ...toSummary(row),
    ...(commitments ? { commitments } : {}),
    ...(timers ? { sla: queueTimer(timers), timers } : {}),
    // Internal notes stay internal: an organisation's token sees the conversation only.
    messages: messages
      .filter((m) => internal || m.kind !== "note")
      .map((m) => ({ id: m.id, kind: m.kind, author: m.author, body: m.body, createdAt: m.created_at })),
    attachments: attachments.map((a) => ({ id: a.id, name: a.name, size: Number(a.size) })),
    triage: triage ? (JSON.parse(triage.result) as TTriageResult) : null,
    triageVersion: Number(row.triage_version),
    drafts: drafts.map((d) => ({
      id: d.id,
      triageVersion: Number(d.triage_version),
      body: d.body,
      status: d.status,
      createdAt: d.created_at,
      sendAt: d.send_at,
    })),
    escalations: escalations.map((e) => ({
      id: e.id,
      team: e.team,
      reason: e.reason,
      status: e.status,
      createdAt: e.created_at,
      github: e.github_status
        ? {
            status: e.github_status,
            repo: e.github_repo,
            number: e.github_issue_number === null ? null : Number(e.github_issue_number),
            url: e.github_issue_url,
            state: e.issue_state,
            error: e.github_error,
          }
        : null,
      slack: e.slack_status
        ? { status: e.slack_status, postedAt: e.slack_posted_at, error: e.slack_error }
        : null,
      fixedVersion: e.fixed_version,
    })),
  };
}
