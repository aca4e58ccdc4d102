import { percent } from "../format.ts";
import type { TicketDetail } from "../types.ts";

/** The escalation handoff, prefilled from the triage: facts, evidence and the hypothesis. */
export function handoffFor(ticket: TicketDetail): string {
  const triage = ticket.triage;
  const lines = [
    `Ticket ${ticket.externalId ?? ticket.id}: ${ticket.subject ?? "(no subject)"}`,
    `Customer: ${ticket.org} · priority ${ticket.priority ?? "?"} · area ${ticket.area ?? "?"}`,
    "",
  ];
  const top = triage?.diagnoses[0];
  lines.push(
    top
      ? `Hypothesis: ${top.code} (${percent(top.confidence)})${top.article ? `, see article ${top.article}` : ""}`
      : "Hypothesis: none yet; Deckhand found no known cause.",
  );
  if (triage?.escalation.reason) lines.push(`Why escalate: ${triage.escalation.reason}`);
  const facts = Object.entries(triage?.facts ?? {});
  if (facts.length) lines.push("", "Facts:", ...facts.map(([key, value]) => `- ${key}: ${value}`));
  const evidence = (triage?.diagnoses ?? []).flatMap((d) =>
    d.evidence.map((e) => `- ${e.source}:${e.line}  ${e.text}`),
  );
  if (evidence.length) lines.push("", "Evidence:", ...[...new Set(evidence)].slice(0, 12));
  const questions = triage?.questions ?? [];
  if (questions.length) lines.push("", "Still unknown:", ...questions.map((q) => `- ${q.fact}: ${q.text}`));
  lines.push("", "Tried so far: ");
  return lines.join("\n");
}
