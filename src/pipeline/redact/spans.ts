import type { RedactionSpan } from "./redact.ts";

/** A span with the index of the rule that found it: lower ranks are more specific rules. */
export interface RankedSpan extends RedactionSpan {
  rank: number;
}

/**
 * Merges overlapping spans into one, so no two spans overlap and nothing found is lost; the merged
 * span takes the kind of its most specific rule (a `token:` holding a ghp_ token is a GitHub token).
 */
export function mergeSpans(spans: RankedSpan[]): RedactionSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RankedSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (span.rank < last.rank) {
        last.rank = span.rank;
        last.kind = span.kind;
      }
      continue;
    }
    merged.push({ ...span });
  }
  return merged.map(({ kind, start, end }) => ({ kind, start, end }));
}

// A wrapped line of base64: indentation, then base64 characters only, then the end of the line.
// A closing quote or comma may follow the last wrapped line of a quoted value.
const WRAPPED_LINE = /\r?\n[ \t]*([A-Za-z0-9+/]{1,200}={0,2})(?=["']?[,;]?[ \t]*(?:\r?\n|$))/y;
const BASE64_TAIL = /[A-Za-z0-9+/]{40}$/;

/**
 * Extends a base64 value that a terminal or an editor wrapped: while the value ends a long line
 * and the next line is base64 alone, that line belongs to the value too.
 */
export function continueWrapped(text: string, span: RankedSpan): RankedSpan {
  let end = span.end;
  if (!BASE64_TAIL.test(text.slice(Math.max(span.start, end - 40), end))) return span;
  let lineLength = end - span.start;
  while (lineLength >= 40) {
    WRAPPED_LINE.lastIndex = end;
    const next = WRAPPED_LINE.exec(text);
    if (!next?.[1]) break;
    end = WRAPPED_LINE.lastIndex;
    lineLength = next[1].length;
  }
  return end === span.end ? span : { ...span, end };
}
