import type { TTicket } from "../../domain/ticket.ts";

/** One line of customer text, already redacted, with where it came from. */
export interface DocLine {
  source: string;
  /** 1-based line number within its source. */
  line: number;
  text: string;
}

/** The ticket as the analyzers read it: every source split into cleaned lines. */
export interface Doc {
  lines: DocLine[];
  /** All text joined, for fact extraction across line breaks. */
  text: string;
}

// CSI and OSC escape sequences; colour codes would otherwise split error text.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Removes terminal escape sequences and control characters, keeping tabs and newlines. */
export function cleanText(text: string): string {
  return text.replace(ANSI, "").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** Splits the (redacted) ticket into lines per source: subject, body, then each attachment. */
export function buildDoc(ticket: TTicket): Doc {
  const sources: [string, string][] = [];
  if (ticket.subject) sources.push(["subject", ticket.subject]);
  sources.push(["body", ticket.body]);
  for (const attachment of ticket.attachments ?? []) {
    sources.push([`attachment:${attachment.name}`, attachment.text]);
  }
  const lines: DocLine[] = [];
  for (const [source, text] of sources) {
    cleanText(text)
      .split("\n")
      .forEach((line, index) => {
        if (line.trim()) lines.push({ source, line: index + 1, text: line });
      });
  }
  return { lines, text: lines.map((line) => line.text).join("\n") };
}
