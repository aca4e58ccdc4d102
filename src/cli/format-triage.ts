import type { TTriageResult } from "../domain/triage-result.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { safeForTerminal as safe, type Colors } from "./terminal.ts";

const PRIORITY_COLOR = { P1: "red", P2: "yellow", P3: "cyan", P4: "dim" } as const;

/** A person's view of a triage result: what, why, what to ask, and the draft reply. */
export function formatTriage(result: TTriageResult, kb: KnowledgeBase, c: Colors): string {
  const out: string[] = [];
  const priority = c[PRIORITY_COLOR[result.priority]](c.bold(result.priority));
  const escalation = result.escalation.recommended
    ? c.red(`escalate to ${result.escalation.team}`)
    : c.green("no escalation");
  out.push(`${c.bold("Area")} ${result.area}   ${c.bold("Priority")} ${priority}   ${escalation}`);
  if (result.escalation.reason) out.push(c.dim(`  ${safe(result.escalation.reason)}`));
  out.push("", c.bold("Diagnoses"));
  if (result.diagnoses.length === 0) out.push(c.yellow("  none yet: nothing in the knowledge base matches"));
  result.diagnoses.forEach((diagnosis, index) => {
    const title = kb.codeTitles.get(diagnosis.code) ?? "";
    const confidence = `${Math.round(diagnosis.confidence * 100)}%`;
    out.push(
      `  ${index + 1}. ${c.bold(diagnosis.code)} ${c.magenta(confidence)}  ${title} ${c.dim(`[${diagnosis.article}]`)}`,
    );
    for (const line of diagnosis.evidence) {
      const where = line.line ? `${line.source}:${line.line}` : line.source;
      out.push(`     ${c.dim(safe(where))}  ${safe(line.text)}`);
    }
  });
  const facts = Object.entries(result.facts);
  if (facts.length > 0) {
    out.push("", c.bold("Facts"));
    for (const [fact, value] of facts) out.push(`  ${c.cyan(fact)} ${safe(value)}`);
  }
  if (result.questions.length > 0) {
    out.push("", c.bold("Questions"));
    for (const question of result.questions) out.push(`  ${c.cyan(question.fact)} ${question.text}`);
  }
  if (result.redactions.length > 0) {
    const kinds = result.redactions.map((r) => `${r.kind} x${r.count}`).join(", ");
    out.push("", `${c.bold("Redacted")} ${kinds}`);
  }
  out.push("", c.bold("Draft reply"), c.dim("-".repeat(60)), safe(result.reply), c.dim("-".repeat(60)));
  return out.join("\n");
}
