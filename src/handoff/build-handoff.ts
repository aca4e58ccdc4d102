import type { TTeam } from "../domain/taxonomy.ts";
import type { TTriageResult } from "../domain/triage-result.ts";

/** What the handoff is built from: the ticket, its latest triage and its conversation. */
export interface HandoffInput {
  ticket: {
    id: string;
    externalId: string | null;
    subject: string | null;
    org: string;
    priority: string | null;
    area: string | null;
  };
  triage: TTriageResult | null;
  messages: { kind: "inbound" | "outbound" | "note"; author: string; body: string; createdAt: string }[];
  team: TTeam;
  /** The taxonomy's title of a root-cause code (knowledge base), for the summary and hypothesis. */
  titleOf: (code: string) => string | undefined;
}

export interface Handoff {
  title: string;
  markdown: string;
}

/** How each receiving team is named to people. */
export const TEAM_NAMES: Record<TTeam, string> = {
  engineering: "Engineering",
  "l2-support": "L2 support",
  security: "Security",
  account: "Account management",
};

/** What each priority means for the customer (the taxonomy's P1-P4 definitions). */
const IMPACT: Record<string, string> = {
  P1: "production is down with no workaround, or credentials are exposed",
  P2: "many users or a whole environment are blocked",
  P3: "one project, application, pipeline or target is affected",
  P4: "a question, a feature request or a test setup",
};

const MAX_EVIDENCE = 20;
const MAX_LINE = 300;
const MAX_NOTE = 600;
const MAX_TOLD = 400;
const MAX_ITEMS = 10;
const MAX_TITLE = 200;

/**
 * The handoff document a receiving team gets, in Markdown: summary, customer impact, versions and
 * facts, the evidence lines with their line numbers, what was tried, what the customer was told
 * and the hypothesis. Pure: the caller loads the ticket and redacts and bounds the result.
 */
export function buildHandoff({ ticket, triage, messages, team, titleOf }: HandoffInput): Handoff {
  const top = triage?.diagnoses[0];
  const topTitle = top ? (titleOf(top.code) ?? top.code) : null;
  const subject = oneLine(ticket.subject ?? "") || "(no subject)";
  const title = clip(`[${TEAM_NAMES[team]}] ${subject}${topTitle ? ` (${topTitle})` : ""}`, MAX_TITLE);
  const priority = triage?.priority ?? ticket.priority;
  const ref = ticket.externalId ?? ticket.id;
  const parts: string[] = [
    `**Summary:** ${mentionSafe(subject)}${topTitle ? ` — most likely **${topTitle}**` : " — no known cause found yet"}.`,
    `**For:** ${TEAM_NAMES[team]} (\`${team}\`) · **Ticket:** ${mentionSafe(ref)} · **Customer:** ${mentionSafe(ticket.org)} · **Area:** ${triage?.area ?? ticket.area ?? "unknown"}`,
  ];

  const impact = [
    `- Priority **${priority ?? "not set"}**${priority && IMPACT[priority] ? `: ${IMPACT[priority]}` : ""}.`,
  ];
  for (const [fact, value] of Object.entries(triage?.facts ?? {}))
    if (fact.startsWith("impact.") || fact === "change.recent" || fact === "time.first-seen")
      impact.push(`- ${fact}: ${mentionSafe(clip(oneLine(value), MAX_LINE))}`);
  parts.push(section("Customer impact", impact.join("\n")));

  const facts = Object.entries(triage?.facts ?? {}).sort(
    ([a], [b]) => versionsFirst(a) - versionsFirst(b) || a.localeCompare(b),
  );
  parts.push(
    section(
      "Versions and facts",
      facts.length
        ? facts
            .map(([fact, value]) => `- \`${fact}\`: ${mentionSafe(clip(oneLine(value), MAX_LINE))}`)
            .join("\n")
        : "No versions or facts could be read from the ticket.",
    ),
  );

  const evidence = evidenceLines(triage);
  parts.push(
    section(
      "Evidence (redacted)",
      evidence.length ? codeBlock(evidence.join("\n")) : "No log line matched a known problem.",
    ),
  );

  parts.push(section("What was tried", triedSoFar(messages)));
  parts.push(section("What the customer was told", toldSoFar(messages)));
  parts.push(section("Hypothesis", hypothesis(triage, titleOf)));
  return { title, markdown: parts.join("\n\n") };
}

function section(heading: string, body: string): string {
  return `## ${heading}\n\n${body}`;
}

const versionsFirst = (fact: string) => (fact.startsWith("version.") ? 0 : 1);

/** Each evidence line once, as `source:line  text`, best diagnosis first. */
function evidenceLines(triage: TTriageResult | null): string[] {
  const seen = new Set<string>();
  for (const diagnosis of triage?.diagnoses ?? [])
    for (const e of diagnosis.evidence) {
      const where = e.line ? `${e.source}:${e.line}` : e.source;
      seen.add(`${where}  ${clip(e.text.replace(/[\r\n]+/g, " "), MAX_LINE)}`);
    }
  return [...seen].slice(0, MAX_EVIDENCE);
}

/** Engineers' notes, and the steps the replies sent asked the customer to take. */
function triedSoFar(messages: HandoffInput["messages"]): string {
  const lines: string[] = [];
  for (const note of messages.filter((m) => m.kind === "note").slice(-MAX_ITEMS))
    lines.push(
      `- ${day(note.createdAt)} note by ${mentionSafe(author(note.author))}: ${mentionSafe(clip(oneLine(note.body), MAX_NOTE))}`,
    );
  const steps = new Set<string>();
  for (const reply of messages.filter((m) => m.kind === "outbound"))
    for (const match of reply.body.matchAll(/^\s*\d+\.\s+(.+)$/gm))
      if (match[1] && !/\?\s*$/.test(match[1])) steps.add(clip(oneLine(match[1]), MAX_LINE));
  for (const step of [...steps].slice(0, MAX_ITEMS))
    lines.push(`- Suggested to the customer: ${mentionSafe(step)}`);
  return lines.length
    ? lines.join("\n")
    : "Nothing recorded yet: no engineer notes and no steps sent to the customer.";
}

/** Each reply sent, condensed to its opening. */
function toldSoFar(messages: HandoffInput["messages"]): string {
  const sent = messages.filter((m) => m.kind === "outbound").slice(-MAX_ITEMS);
  if (!sent.length) return "No reply has been sent to the customer yet.";
  return sent
    .map((m) => `- ${day(m.createdAt)}: ${mentionSafe(clip(oneLine(stripMarkdown(m.body)), MAX_TOLD))}`)
    .join("\n");
}

function hypothesis(triage: TTriageResult | null, titleOf: HandoffInput["titleOf"]): string {
  const lines: string[] = [];
  const diagnoses = triage?.diagnoses.slice(0, 3) ?? [];
  diagnoses.forEach((d, index) =>
    lines.push(
      `${index + 1}. **${titleOf(d.code) ?? d.code}** (\`${d.code}\`, ${Math.round(d.confidence * 100)}% confidence; article \`${d.article}\`)`,
    ),
  );
  if (!lines.length)
    lines.push("Deckhand found no known cause; the evidence above is what the customer sent.");
  if (triage?.escalation.reason)
    lines.push("", `**Why escalate:** ${mentionSafe(oneLine(triage.escalation.reason))}`);
  const questions = triage?.questions ?? [];
  if (questions.length)
    lines.push(
      "",
      "**Still unknown:**",
      ...questions.map((q) => `- \`${q.fact}\`: ${mentionSafe(oneLine(q.text))}`),
    );
  return lines.join("\n");
}

function author(actor: string): string {
  // `engineer:<id>:<role>` is an internal handle; the role says enough to the receiving team.
  const [kind, , role] = actor.split(":");
  return kind === "engineer" && role ? `an engineer (${role})` : actor.slice(0, 60);
}

const day = (iso: string) => iso.slice(0, 10);

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function stripMarkdown(text: string): string {
  return text.replace(/```[^]*?```/g, " [log excerpt] ").replace(/[*_`#>]+/g, "");
}

/** `@name` outside code would notify people on GitHub or Slack; a zero-width space keeps it text. */
export function mentionSafe(text: string): string {
  return text.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, "$1@\u200b");
}

/** A fenced block longer than any backtick run inside, so no evidence line can close it. */
function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}
