import type { TEscalation, TQuestion } from "../../domain/triage-result.ts";
import type { RankedFinding } from "../decide/rank.ts";

export interface ReplyInput {
  subject?: string;
  ranked: RankedFinding[];
  questions: TQuestion[];
  escalation: TEscalation;
  facts: Record<string, string>;
}

const STRONG = 0.6;

/**
 * Drafts the customer reply in Markdown: thanks and restates, what the evidence shows (quoting the
 * key line), numbered steps, the questions, and what happens next. Promises nothing it cannot keep.
 */
export function composeReply({ subject, ranked, questions, escalation, facts }: ReplyInput): string {
  const top = ranked[0];
  const parts: string[] = [];
  const topic = subject ? ` about "${oneLine(subject)}"` : "";
  if (!top) {
    parts.push(
      `Thank you for getting in touch${topic}. We have read what you sent, but it does not yet show us the cause with enough certainty to suggest a fix.`,
    );
  } else {
    const strength = top.confidence >= STRONG ? "most likely" : "possibly";
    parts.push(`Thank you for the details${topic}. This looks ${strength} like: **${top.article.title}**.`);
    const line = top.evidence[0];
    if (line) {
      const where = line.line ? ` (${line.source}, line ${line.line})` : "";
      parts.push(`This is the line that points there${where}:\n\n${codeBlock(line.text)}`);
    }
    parts.push(firstParagraph(top.article.summary));
    if (top.article.steps.length > 0) {
      const steps = top.article.steps.map(
        (step, index) => `${index + 1}. ${fill(step, top.captures, facts)}`,
      );
      parts.push(`Here is what we suggest:\n\n${steps.join("\n")}`);
    }
    if (top.article.confirm) parts.push(`**How to check it worked:** ${firstParagraph(top.article.confirm)}`);
    const others = ranked.slice(1, 3).filter((finding) => finding.confidence >= 0.4);
    if (others.length > 0) {
      parts.push(
        `If that does not solve it, the next candidates are: ${others.map((finding) => finding.article.title).join("; ")}.`,
      );
    }
  }
  if (questions.length > 0) {
    const asks = questions.map((question, index) => `${index + 1}. ${question.text}`);
    parts.push(`To ${top ? "confirm this" : "find the cause"}, could you send us:\n\n${asks.join("\n")}`);
  }
  parts.push(nextStep(escalation, questions.length > 0, Boolean(top)));
  return parts.join("\n\n");
}

function nextStep(escalation: TEscalation, asked: boolean, diagnosed: boolean): string {
  if (escalation.recommended) {
    return "Because this may need a specialist, we are also passing your ticket to the right team with everything you have sent, so you will not need to repeat it. Their findings will be posted on this ticket.";
  }
  if (asked) return "Once we have that, we will look at it and come back to you with the next step.";
  if (diagnosed)
    return "Please let us know whether this resolves it; if not, reply here and we will keep going.";
  return "Reply here with anything else you can share, and we will keep going.";
}

/** Replaces `{{name|fallback}}` (but not Codefresh's `${{VAR}}`) with a captured value or fact, else with the fallback text. */
export function fill(step: string, captures: Record<string, string>, facts: Record<string, string>): string {
  return step.replace(
    /(?<!\$)\{\{\s*([\w.-]+)\s*(?:\|([^}]*))?\}\}/g,
    (_, name: string, fallback?: string) => {
      const value = captures[name] ?? facts[name];
      return value ? oneLine(value).slice(0, 200) : (fallback ?? name);
    },
  );
}

function firstParagraph(text: string): string {
  return (
    text
      .split(/\n\s*\n/)[0]
      ?.replace(/\s*\n\s*/g, " ")
      .trim() ?? ""
  );
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A fenced block long enough that no backtick run inside the customer's text can close it. */
function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}
