/**
 * Customer-derived text (subjects, error lines) goes into a digest that is posted to chat and
 * mailed: it must stay text. Control characters and line breaks go, the length is bounded, links
 * are defanged and every character that could start a link, HTML, code or a table cell is escaped.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPECIAL = /[\\`*_[\]<>|~]/g;

/** Inline text, one line, at most `max` characters (an ellipsis marks a cut), with nothing live in it. */
export function escapeInline(text: string, max = 160): string {
  let plain = text.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  if (plain.length > max) plain = `${plain.slice(0, max - 1).trimEnd()}…`;
  // Bare URLs become links in chat and GFM; the defanged form reads the same and links nowhere.
  plain = plain.replace(/:\/\//g, "[:]//").replace(/\bwww\./gi, "www[.]");
  return plain.replace(SPECIAL, "\\$&");
}

/** A table cell: like escapeInline, shorter by default. */
export const escapeCell = (text: string, max = 80): string => escapeInline(text, max);
