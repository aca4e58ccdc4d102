import type { Transaction } from "kysely";
import { z } from "zod";
import type { TLearnReason } from "../domain/article-draft.ts";
import { AREAS } from "../domain/taxonomy.ts";
import { enqueue } from "../jobs/queue.ts";
import type { HealthySample } from "../knowledge/coverage.ts";
import { loadHealthyCorpus } from "../knowledge/healthy-corpus.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { proposeSignature } from "../knowledge/signature-safety.ts";
import { matchSignatures } from "../pipeline/analyze/match-signatures.ts";
import { buildDoc, type DocLine } from "../pipeline/extract/document.ts";
import { firstErrorLine, isErrorLine } from "../pipeline/extract/error-lines.ts";
import { redact } from "../pipeline/redact/redact.ts";
import { redactTicket } from "../pipeline/redact/redact-ticket.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { liveKnowledge } from "./live-knowledge.ts";
import { loadTicketText } from "./load-ticket-text.ts";
import { proposeArticle, type LearnedEvidence } from "./propose-article.ts";

export const LEARN_JOB = "learn-article";
export const ZLearnPayload = z.object({ ticketId: z.string(), outcomeId: z.string().nullish() });

const MAX_LINE = 500;
const MAX_ERROR_LINES = 40;
const CONTEXT = 2;
const MAX_NOTE = 1000;
const MAX_REPLY = 4000;

type Outcome = Database["ticket_outcomes"];

let healthy: HealthySample[] | undefined;

/**
 * Queues learning from a ticket's outcome, in the transaction that records it: the resolve use
 * case calls this, and the job decides whether there is anything to learn.
 */
export async function enqueueLearnFromOutcome(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  ticketId: string,
): Promise<void> {
  const outcome = await trx
    .selectFrom("ticket_outcomes")
    .select(["id", "created_at"])
    .where("ticket_id", "=", ticketId)
    .executeTakeFirst();
  // A re-resolved ticket keeps its outcome's id but not its time: it is looked at again.
  await enqueue(trx, deps, {
    kind: LEARN_JOB,
    payload: { ticketId, outcomeId: outcome?.id ?? null },
    dedupeKey: `learn:${ticketId}:${outcome?.id ?? ""}:${outcome?.created_at ?? nowIso(deps)}`,
  });
}

/** Why this outcome teaches something, or null: the knowledge base already recognises it. */
export function reasonToLearn(
  kb: KnowledgeBase,
  outcome: Pick<Outcome, "verdict" | "code">,
  keyLine: string,
  errorLines: string[],
): TLearnReason | null {
  const lines: DocLine[] = [keyLine, ...errorLines].map((text, index) => ({
    source: "ticket",
    line: index + 1,
    text,
  }));
  const hits = matchSignatures({ lines, text: lines.map((line) => line.text).join("\n") }, kb.signatures);
  if (outcome.verdict === "unexplained") return "unexplained";
  const code = outcome.code;
  if (
    outcome.verdict === "corrected" &&
    code &&
    !hits.some((hit) => hit.signature.article.codes.includes(code))
  )
    return "corrected-unmatched";
  if (!hits.some((hit) => hit.line.line === 1)) return "key-line-unmatched";
  return null;
}

/**
 * The learning job: when a resolved ticket's cause had no article, or its key error line matched no
 * signature, stores a proposed article (or a suggestion for the article it nearly duplicates) for
 * a person to review. Safe to run twice: one proposal per outcome.
 */
export async function learnFromOutcome(deps: Deps, payload: z.infer<typeof ZLearnPayload>): Promise<void> {
  const outcome = await deps.db
    .selectFrom("ticket_outcomes")
    .selectAll()
    .where("ticket_id", "=", payload.ticketId)
    .executeTakeFirst();
  if (!outcome || (payload.outcomeId && outcome.id !== payload.outcomeId)) return;
  const done = await deps.db
    .selectFrom("article_drafts")
    .select("id")
    .where("outcome_id", "=", outcome.id)
    .executeTakeFirst();
  if (done) return;
  const evidence = await loadEvidence(deps, outcome);
  if (!evidence) {
    deps.log.info("nothing to learn: the ticket has no error line", { ticketId: outcome.ticket_id });
    return;
  }
  const kb = await liveKnowledge(deps);
  const reason = reasonToLearn(kb, outcome, evidence.keyLine, evidence.errorLines);
  if (!reason) return;
  healthy ??= loadHealthyCorpus();
  const taken = new Set([
    ...kb.byId.keys(),
    ...(await deps.db.selectFrom("articles").select("slug").execute()).map((row) => row.slug),
    ...(
      await deps.db.selectFrom("article_drafts").select("slug").where("status", "=", "pending").execute()
    ).map((row) => row.slug),
  ]);
  const proposal = await proposeArticle({
    kb,
    evidence,
    reason,
    signature: proposeSignature(evidence.keyLine, healthy),
    taken,
    teamMarkdown: async (slug) =>
      (await deps.db.selectFrom("articles").select("markdown").where("slug", "=", slug).executeTakeFirst())
        ?.markdown ?? null,
  });
  await deps.db.transaction().execute(async (trx) => {
    const id = deps.ids();
    const inserted = await trx
      .insertInto("article_drafts")
      .values({
        id,
        outcome_id: outcome.id,
        ticket_id: outcome.ticket_id,
        kind: proposal.kind,
        status: "pending",
        slug: proposal.slug,
        title: proposal.title,
        area: proposal.area,
        code: proposal.code,
        target_article: proposal.targetArticle,
        target_origin: proposal.targetOrigin,
        reason,
        pattern: proposal.pattern,
        refused_pattern: proposal.refusedPattern,
        notes: JSON.stringify(proposal.notes),
        markdown: proposal.markdown,
        created_at: nowIso(deps),
        decided_at: null,
        decided_by: null,
        decision_note: null,
        article_id: null,
      })
      .onConflict((oc) => oc.column("outcome_id").doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
    await audit(trx, deps, {
      actor: "deckhand:learn",
      action: "article-draft.created",
      entityType: "article-draft",
      entityId: id,
      details: { ticketId: outcome.ticket_id, kind: proposal.kind, reason, target: proposal.targetArticle },
    });
  });
}

const clean = (text: string, max: number) => redact(text).text.replace(/\s+$/, "").slice(0, max);

/** The ticket's redacted lines, its key error line with context, the facts and the resolving reply. */
async function loadEvidence(
  deps: Deps,
  outcome: Outcome,
): Promise<(LearnedEvidence & { errorLines: string[] }) | null> {
  const input = await loadTicketText(deps, outcome.ticket_id);
  if (!input) return null;
  const doc = buildDoc(redactTicket(input).ticket);
  const keyLine = clean(outcome.key_error_line?.trim() || firstErrorLine(doc)?.text.trim() || "", MAX_LINE);
  if (!keyLine) return null;
  const errorLines = [
    ...new Set(doc.lines.filter(isErrorLine).map((line) => clean(line.text, MAX_LINE))),
  ].slice(0, MAX_ERROR_LINES);
  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  const at = doc.lines.findIndex((line) => squash(line.text).includes(squash(keyLine)));
  // The key line itself stands in for its source line, so the fixture holds what the pattern fits.
  const context =
    at >= 0
      ? doc.lines
          .slice(Math.max(0, at - CONTEXT), at + CONTEXT + 1)
          .filter((line) => line.source === doc.lines[at]?.source)
          .map((line) => (line === doc.lines[at] ? keyLine : clean(line.text, MAX_LINE)))
      : [keyLine, ...errorLines.filter((line) => line !== keyLine).slice(0, 2 * CONTEXT)];
  const [triage, reply] = await Promise.all([
    deps.db
      .selectFrom("triage_results")
      .select("result")
      .where("ticket_id", "=", outcome.ticket_id)
      .orderBy("version", "desc")
      .executeTakeFirst(),
    deps.db
      .selectFrom("messages")
      .select("body")
      .where("ticket_id", "=", outcome.ticket_id)
      .where("kind", "=", "outbound")
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst(),
  ]);
  const facts = Object.keys(
    (JSON.parse(triage?.result ?? "{}") as { facts?: Record<string, string> }).facts ?? {},
  );
  const known = new Set(deps.kb.taxonomy.facts.map((fact) => fact.fact));
  return {
    ticketId: outcome.ticket_id,
    verdict: outcome.verdict,
    code: outcome.code,
    note: outcome.cause_note ? clean(outcome.cause_note, MAX_NOTE) : null,
    area: AREAS.some((area) => area === outcome.area) ? outcome.area : null,
    keyLine,
    context,
    errorLines,
    facts: facts.filter((fact) => known.has(fact)).slice(0, 6),
    reply: reply ? clean(reply.body, MAX_REPLY) : null,
    resolvedAt: outcome.created_at,
  };
}
