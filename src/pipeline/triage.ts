import type { TTicket } from "../domain/ticket.ts";
import type { TTriageResult } from "../domain/triage-result.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Analyzer, AnalyzerRun } from "./analyze/analyzer.ts";
import { ANALYZERS } from "./analyze/registry.ts";
import { runAnalyzers } from "./analyze/run-analyzers.ts";
import type { Trust } from "./analyze/trust.ts";
import { composeReply } from "./compose/reply.ts";
import { decideArea } from "./decide/area.ts";
import { decideEscalation } from "./decide/escalation.ts";
import { decidePriority } from "./decide/priority.ts";
import { decideQuestions } from "./decide/questions.ts";
import { rankFindings, toDiagnosis } from "./decide/rank.ts";
import { buildDoc, type Doc } from "./extract/document.ts";
import { firstErrorLine } from "./extract/error-lines.ts";
import { extractFacts } from "./extract/extract-facts.ts";
import { refersToError } from "./extract/signals.ts";
import { redact } from "./redact/redact.ts";
import { redactTicket } from "./redact/redact-ticket.ts";

export interface TriageOptions {
  kb: KnowledgeBase;
  analyzers?: readonly Analyzer[];
  /** Trust learned from resolved tickets; without it the ranking is the knowledge base's own. */
  trust?: Trust;
}

export interface TriageOutput {
  result: TTriageResult;
  /** Per-analyzer detail (findings, errors, durations) for debugging and the console. */
  runs: AnalyzerRun[];
  /** The ticket as stored: every secret already replaced. */
  ticket: TTicket;
  priorityReason: string;
}

/**
 * The whole pipeline, pure: redact, extract facts, analyze, decide, compose. The CLI, the server
 * and the evaluation all call this.
 */
export function triage(input: TTicket, options: TriageOptions): TriageOutput {
  const { ticket, redactions } = redactTicket(input);
  return { ...triageDoc(buildDoc(ticket), { subject: ticket.subject, redactions }, options), ticket };
}

export interface DocMeta {
  subject?: string;
  redactions: TTriageResult["redactions"];
}

/** The stages after redaction, on a document built from a ticket or from a streamed log's excerpt. */
export function triageDoc(
  doc: Doc,
  { subject, redactions }: DocMeta,
  { kb, analyzers = ANALYZERS, trust }: TriageOptions,
): Omit<TriageOutput, "ticket"> {
  const facts = extractFacts(doc);
  const runs = runAnalyzers(doc, facts, kb, analyzers, trust);
  const ranked = rankFindings(runs);
  const area = decideArea(ranked, runs, kb);
  const { priority, reason: priorityReason } = decidePriority(doc, ranked);
  const escalation = decideEscalation({ doc, facts, ranked, priority });
  const hasErrorText = firstErrorLine(doc) !== undefined;
  const mentionsError = refersToError(doc.text);
  const questions = decideQuestions({ kb, facts, ranked, area, hasErrorText, mentionsError });
  const draft = composeReply({ subject, ranked, questions, escalation, facts });
  const result: TTriageResult = {
    version: 1,
    area,
    priority,
    diagnoses: ranked.map(toDiagnosis),
    facts,
    questions,
    escalation,
    // The reply quotes redacted text only; redacting it again guards against a secret formed by
    // joining an article's text with a captured value.
    reply: redact(draft).text,
    redactions,
  };
  return { result, runs, priorityReason };
}
