/** A stretch of the reply with its offsets in the original text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

const QUOTE_LINE = /^[ \t]*>/;
const QUOTE_HEADER = /^[ \t]*(?:On\s.{3,200}\swrote:|-{2,}\s*Original Message\s*-{2,})[ \t]*$/i;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * The reply with everything that is not our own prose blanked out (same length, newlines kept, so
 * offsets still point into the original): quoted lines (`> ...`), the quoted thread after an
 * "On ... wrote:" header, and fenced code blocks (a log line is not a promise). Curly apostrophes
 * become straight ones so one set of patterns reads both.
 */
export function ownProse(text: string): string {
  const lines = text.replace(/[\u2018\u2019]/g, "'").split("\n");
  let fence: string | null = null;
  let quotedThread = false;
  const blank = (line: string) => " ".repeat(line.length);
  return lines
    .map((line) => {
      if (quotedThread) return blank(line);
      const opened = FENCE.exec(line);
      if (fence) {
        if (opened && opened[1]?.[0] === fence[0] && (opened[1]?.length ?? 0) >= fence.length) fence = null;
        return blank(line);
      }
      if (opened) {
        fence = opened[1] ?? "```";
        return blank(line);
      }
      if (QUOTE_HEADER.test(line)) {
        quotedThread = true;
        return blank(line);
      }
      return QUOTE_LINE.test(line) ? blank(line) : line;
    })
    .join("\n");
}

// A full stop after these does not end a sentence.
const ABBREVIATION = /(?:\b[ap]\.m|\be\.g|\bi\.e|\betc|\bapprox|\bvs|\bmrs?|\bms|\bdr|\bno|\bst|\b[A-Z])\.$/i;

/**
 * Splits prose into sentences: at `.`, `!` or `?` followed by a space (not after "p.m." or
 * "e.g."), at blank lines, before list items and after a line ending in a colon. A line break
 * inside a paragraph does not end a sentence: mail wraps lines.
 */
export function sentences(prose: string): Span[] {
  const result: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = prose.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) result.push({ text, start: start + lead, end: start + lead + text.length });
    start = end;
  };
  const boundary = /[.!?]+(?=\s|$)|\n[ \t]*\n|:[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d{1,3}[.)])\s)/g;
  for (const match of prose.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && ABBREVIATION.test(prose.slice(Math.max(0, match.index - 8), end)))
      continue;
    push(end);
  }
  push(prose.length);
  return result;
}

const SUBJECT = String.raw`(?:i|we|you|please|our|they|it|this|kindly|let|could|can|would)\b`;
const CLAUSE_BOUNDARY = new RegExp(
  String.raw`;|,?\s+(?:and|but|so|or|then|while|whereas|although|though)\s+(?=${SUBJECT})|,\s+(?=${SUBJECT})|\s+(?=please\b)`,
  "gi",
);

/** Splits a sentence into clauses: before a new subject ("..., and we will"), at semicolons and before "please". */
export function clauses(sentence: Span): Span[] {
  const result: Span[] = [];
  let start = 0;
  const push = (end: number, next: number) => {
    const raw = sentence.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text)
      result.push({
        text,
        start: sentence.start + start + lead,
        end: sentence.start + start + lead + text.length,
      });
    start = next;
  };
  for (const match of sentence.text.matchAll(CLAUSE_BOUNDARY))
    push(match.index, match.index + match[0].length);
  push(sentence.text.length, sentence.text.length);
  return result;
}
