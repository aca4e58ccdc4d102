import { redact } from "../pipeline/redact/redact.ts";

/** GitHub refuses issue bodies over 65,536 characters; keep a margin for the marker. */
export const GITHUB_BODY_MAX = 60_000;
/** Slack refuses a section's text over 3,000 characters and a message over 50 blocks. */
const SLACK_SECTION_MAX = 2_900;
const SLACK_BLOCKS_MAX = 45;
const SLACK_HEADER_MAX = 150;

/** The hidden marker in an issue body that says which escalation opened it. */
export const issueMarker = (escalationId: string) => `<!-- deckhand:escalation:${escalationId} -->`;

/** Redacts once more (defence in depth: whatever an engineer pasted) and bounds the length. */
export function safeText(text: string, max: number): string {
  const clean = redact(text).text;
  if (clean.length <= max) return clean;
  const note = "\n\n…(cut: the full handoff is on the ticket in Deckhand)";
  return clean.slice(0, max - note.length) + note;
}

/** The GitHub issue: the redacted, bounded handoff and the escalation's marker. */
export function githubIssue(
  escalationId: string,
  title: string,
  handoff: string,
  labels: string[],
): { title: string; body: string; labels: string[] } {
  return {
    title: safeText(title, 250).replace(/\s+/g, " "),
    body: `${safeText(handoff, GITHUB_BODY_MAX)}\n\n${issueMarker(escalationId)}`,
    labels,
  };
}

interface SlackBlock {
  type: string;
  text?: { type: "plain_text" | "mrkdwn"; text: string };
  elements?: { type: "mrkdwn"; text: string }[];
}

/** The Slack message: a short `text` (notifications, fallback) and the handoff as blocks. */
export function slackMessage(
  title: string,
  handoff: string,
  issueUrl: string | null,
): { text: string; blocks: SlackBlock[] } {
  const safeTitle = safeText(title, 500).replace(/\s+/g, " ");
  const blocks: SlackBlock[] = [
    { type: "header", text: { type: "plain_text", text: clip(safeTitle, SLACK_HEADER_MAX) } },
  ];
  if (issueUrl)
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `GitHub issue: <${issueUrl}|${escape(issueUrl)}>` }],
    });
  for (const chunk of chunks(toMrkdwn(safeText(handoff, GITHUB_BODY_MAX)), SLACK_SECTION_MAX)) {
    if (blocks.length >= SLACK_BLOCKS_MAX) {
      blocks.push({
        type: "context",
        elements: [{ type: "mrkdwn", text: "…the rest of the handoff is on the ticket in Deckhand." }],
      });
      break;
    }
    blocks.push({ type: "section", text: { type: "mrkdwn", text: chunk } });
  }
  return { text: clip(`Escalation: ${escape(safeTitle)}${issueUrl ? ` ${issueUrl}` : ""}`, 1000), blocks };
}

/** Slack's control characters escaped, Markdown headings and bold turned into Slack's bold. */
function toMrkdwn(markdown: string): string {
  return escape(markdown)
    .replace(/^#{1,6}\s+(.+)$/gm, "*$1*")
    .replace(/\*\*([^*\n]+)\*\*/g, "*$1*")
    .replace(/^(`{3,})[a-z]+$/gm, "$1");
}

/** `&`, `<` and `>` are Slack's control characters (`<!channel>` would notify everyone). */
function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Splits at line breaks into pieces no longer than `max`; a code block split in two is closed and reopened. */
function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  let fence: string | null = null;
  for (const line of text.split("\n")) {
    const piece = clip(line, max - 10);
    if (current && current.length + 1 + piece.length > max - 4) {
      out.push(fence ? `${current}\n${fence}` : current);
      current = fence ?? "";
    }
    current = current ? `${current}\n${piece}` : piece;
    const marker = /^(`{3,})\s*$/.exec(piece)?.[1];
    if (marker) fence = fence ? null : marker;
  }
  if (current.trim()) out.push(fence ? `${current}\n${fence}` : current);
  return out;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
