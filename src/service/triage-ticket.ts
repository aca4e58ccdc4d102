import { canTransition, type TStatus } from "../domain/lifecycle.ts";
import { triage } from "../pipeline/triage.ts";
import type { TActionKind } from "../domain/draft.ts";
import type { TTriageResult } from "../domain/triage-result.ts";
import { audit } from "./audit.ts";
import { createDraft } from "./create-draft.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { liveKnowledge } from "./live-knowledge.ts";
import { loadTicketText } from "./load-ticket-text.ts";
import { loadTrust } from "./load-trust.ts";
import { upsertSearchDoc } from "./search-docs.ts";
import { trackSla } from "./track-sla.ts";

export interface TriageTicketInput {
  ticketId: string;
  /** The triage version this run produces; a run for a version already stored does nothing. */
  version: number;
}

/**
 * The triage job: runs the pipeline on everything the customer wrote and stores the result as a
 * new version, with a pending draft (and an escalation when recommended). Idempotent per version.
 */
export async function triageTicket(deps: Deps, { ticketId, version }: TriageTicketInput): Promise<void> {
  const input = await loadTicketText(deps, ticketId);
  if (!input) return;
  const kb = await liveKnowledge(deps);
  // Ranked with what resolved tickets taught about each signature and article.
  const { result } = triage(input, { kb, trust: await loadTrust(deps, kb) });
  await deps.db.transaction().execute(async (trx) => {
    const ticket = await trx
      .selectFrom("tickets")
      .selectAll()
      .where("id", "=", ticketId)
      .executeTakeFirstOrThrow();
    if (ticket.triage_version >= version) return;
    const now = nowIso(deps);
    await trx
      .insertInto("triage_results")
      .values({
        id: deps.ids(),
        ticket_id: ticketId,
        version,
        result: JSON.stringify(result),
        created_at: now,
      })
      .execute();
    const top = result.diagnoses[0];
    if (result.escalation.recommended) {
      await trx
        .insertInto("escalations")
        .values({
          id: deps.ids(),
          ticket_id: ticketId,
          team: result.escalation.team ?? "l2-support",
          reason: result.escalation.reason ?? "",
          status: "open",
          created_at: now,
        })
        .execute();
    }
    const from = ticket.status as TStatus;
    const to: TStatus =
      from === "new" || from === "triaged" || canTransition(from, "awaiting_approval")
        ? "awaiting_approval"
        : from;
    await trx
      .updateTable("tickets")
      .set({
        status: to,
        priority: result.priority,
        area: result.area,
        top_code: top?.code ?? null,
        top_confidence: top?.confidence ?? null,
        triage_version: version,
        updated_at: now,
      })
      .where("id", "=", ticketId)
      .execute();
    await trackSla(trx, deps, { ticketId, status: to });
    // After the ticket is updated: an autonomous send moves it on to awaiting the customer.
    await createDraft(trx, deps, {
      ticketId,
      body: result.reply,
      purpose: "triage",
      triageVersion: version,
      actionKind: actionKindOf(result),
      area: result.area,
      code: top?.code ?? null,
      confidence: top?.confidence ?? null,
      priority: result.priority,
      escalated: result.escalation.recommended,
    });
    await audit(trx, deps, {
      actor: "deckhand:triage",
      action: "ticket.triaged",
      entityType: "ticket",
      entityId: ticketId,
      details: {
        version,
        from,
        to,
        priority: result.priority,
        area: result.area,
        top: top?.code ?? null,
        escalation: result.escalation.recommended,
      },
    });
    await upsertSearchDoc(trx, deps, {
      kind: "ticket",
      refId: ticketId,
      orgId: ticket.org_id,
      title: ticket.subject ?? top?.code ?? "ticket",
      body: `${input.body}\n${result.diagnoses.map((d) => d.code).join(" ")}`,
    });
  });
}

/** A diagnosis this sure is answered with its fix; below it the reply mostly asks for facts. */
const KNOWN_FIX_CONFIDENCE = 0.5;

/** What the triage draft does for the customer, for autonomy's categories. */
export function actionKindOf(result: TTriageResult): TActionKind {
  if (result.escalation.recommended) return "escalation-notice";
  const top = result.diagnoses[0];
  return top && top.confidence >= KNOWN_FIX_CONFIDENCE ? "known-fix" : "ask-info";
}
