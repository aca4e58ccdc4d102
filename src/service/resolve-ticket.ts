import type { Transaction } from "kysely";
import { demoteForCorrection } from "../autonomy/demote.ts";
import { DeckhandError } from "../domain/errors.ts";
import type { TOutcome, TResolveIn, TVerdict } from "../domain/outcome.ts";
import type { TTriageResult } from "../domain/triage-result.ts";
import { observeOutcome } from "../learning/contributions.ts";
import { redact } from "../pipeline/redact/redact.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { toOutcome } from "./get-outcome.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { enqueueLearnFromOutcome } from "./learn-from-outcome.ts";
import { liveKnowledge } from "./live-knowledge.ts";
import { loadTicketText } from "./load-ticket-text.ts";
import { moveTicket } from "./move-ticket.ts";
import { recordTrust } from "./record-trust.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";

const MAX_LINE = 500;

export interface ResolveTicketInput {
  principal: Principal;
  ticketId: string;
  outcome: TResolveIn;
}

/**
 * Resolves a ticket with its cause: the engineer confirms Deckhand's top diagnosis, corrects it to
 * another taxonomy code, or says no code fits. In one transaction the ticket becomes resolved, its
 * outcome is written (replacing an earlier one), trust in every signature and article that
 * proposed a cause is updated, and a correction sends the predicted cause's autonomy back to
 * draft-only.
 */
export async function resolveTicket(
  deps: Deps,
  { principal, ticketId, outcome }: ResolveTicketInput,
): Promise<{ outcome: TOutcome; replaced: boolean }> {
  requireEngineer(principal);
  const row = await getVisibleTicketRow(deps, principal, ticketId);
  const latest = await latestTriage(deps, ticketId);
  const predicted = latest?.diagnoses[0]?.code ?? row.top_code ?? null;
  const { verdict, code, note } = decide(deps, outcome, predicted);
  const input = await loadTicketText(deps, ticketId);
  // Pure and deterministic, so it runs before the transaction opens.
  const observations = input ? observeOutcome(await liveKnowledge(deps), input, code) : [];
  const actor = actorOf(principal);
  return deps.db.transaction().execute(async (trx) => {
    await moveTicket(trx, deps, {
      ticketId,
      to: "resolved",
      actor,
      action: "ticket.resolved",
      details: { verdict, code },
    });
    const values = {
      org_id: row.org_id,
      triage_version: Number(row.triage_version),
      predicted_code: predicted,
      code,
      cause_note: note,
      verdict,
      area: row.area,
      key_error_line: keyErrorLine(latest),
      decided_by: actor,
      created_at: nowIso(deps),
    };
    const existing = await trx
      .selectFrom("ticket_outcomes")
      .select("id")
      .where("ticket_id", "=", ticketId)
      .executeTakeFirst();
    // Replaced in place: what was learned from the outcome (article drafts) keeps pointing at it.
    const id = existing?.id ?? deps.ids();
    if (existing) await trx.updateTable("ticket_outcomes").set(values).where("id", "=", id).execute();
    else
      await trx
        .insertInto("ticket_outcomes")
        .values({ id, ticket_id: ticketId, ...values })
        .execute();
    await recordTrust(trx, deps, { ticketId, observations });
    // New articles and signatures are proposed from the outcome by a job (src/service/learn-from-outcome.ts).
    await enqueueLearnFromOutcome(trx, deps, ticketId);
    if (verdict === "corrected")
      await demoteForCorrection(trx, deps, { ticketId, code: predicted, area: row.area, actor });
    await audit(trx, deps, {
      actor,
      action: existing ? "ticket.outcome-replaced" : "ticket.outcome",
      entityType: "ticket",
      entityId: ticketId,
      details: { verdict, code, predicted, observations: observations.length },
    });
    return { outcome: await readOutcome(trx, id), replaced: existing !== undefined };
  });
}

/** The verdict as stored: a correction to the predicted code itself is a confirmation. */
function decide(
  deps: Pick<Deps, "kb">,
  outcome: TResolveIn,
  predicted: string | null,
): { verdict: TVerdict; code: string | null; note: string | null } {
  if (outcome.verdict === "unexplained")
    return { verdict: "unexplained", code: null, note: redact(outcome.note).text.slice(0, 2000) };
  if (outcome.verdict === "confirmed") {
    if (!predicted)
      throw new DeckhandError(
        "bad-input",
        "Deckhand proposed no cause for this ticket: correct it to a code, or resolve it as unexplained",
      );
    return { verdict: "confirmed", code: predicted, note: null };
  }
  if (!deps.kb.taxonomy.codes.some((entry) => entry.code === outcome.code))
    throw new DeckhandError("bad-input", `code: ${outcome.code} is not a root-cause code of the taxonomy`);
  return { verdict: outcome.code === predicted ? "confirmed" : "corrected", code: outcome.code, note: null };
}

async function latestTriage(deps: Pick<Deps, "db">, ticketId: string): Promise<TTriageResult | null> {
  const latest = await deps.db
    .selectFrom("triage_results")
    .select("result")
    .where("ticket_id", "=", ticketId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return latest ? (JSON.parse(latest.result) as TTriageResult) : null;
}

/** The error message triage picked out, else the top diagnosis's first evidence line; redacted again. */
function keyErrorLine(result: TTriageResult | null): string | null {
  const line = result?.facts["error.full-message"] ?? result?.diagnoses[0]?.evidence[0]?.text;
  return line ? redact(line.trim()).text.slice(0, MAX_LINE) : null;
}

async function readOutcome(trx: Transaction<Database>, id: string): Promise<TOutcome> {
  return toOutcome(
    await trx.selectFrom("ticket_outcomes").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
  );
}
