import type { Doc, DocLine } from "./document.ts";

const ERRORISH =
  /\b(?:error|err|fatal|failed|failure|exception|denied|forbidden|unauthori[sz]ed|refused|unable|cannot|can't|could not|couldn't|not found|invalid|timed out|timeout|deadline exceeded|panic|rejected|backoff|crashloop\w*|oomkilled|evicted|x509|not in the valid|not allowed|not permitted|is required|already exists|no such|unknown|unsupported|not supported|exceeded|insufficient|too many|too long|too large|nxdomain|can't find|no matches|no matching|toomanyrequests|\d{3} (?:Unauthorized|Forbidden|Not Found|Bad Gateway|Gateway Timeout|Request Entity Too Large))\b/i;
const QUOTED = /`[^`]{6,}`|"[^"]{12,}"/g;
/** Log lines open with a level, a bracketed tag, a timestamp or a `Prefix:`. */
const LOG_START = /^\s*(?:\S+:(?:\s|$)|\[|\d{1,4}[-/:.]\d|[A-Z]{3,5}\[?\d*\]?\s)/;
const PLAIN_WORD = /^[("']?[A-Za-z][a-z']*[,.;:!?)]?$/;

/** A line reads as prose when almost every token is a plain word, as in a customer's sentence. */
export function looksLikeProse(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 8 || LOG_START.test(text)) return false;
  return tokens.filter((token) => PLAIN_WORD.test(token)).length / tokens.length >= 0.75;
}

/** True when a line looks like tool output reporting a problem rather than the customer's prose. */
export function isErrorLine(line: DocLine): boolean {
  if (!ERRORISH.test(line.text)) return false;
  if (!looksLikeProse(line.text)) return true;
  return [...line.text.matchAll(QUOTED)].some((quote) => ERRORISH.test(quote[0]));
}

const STRONG = /\b(?:error|fatal|failed|failure|exception|denied|forbidden|unauthori[sz]ed|refused|panic)\b/i;
const COMMAND = /^\s*(?:[$>+#]\s|(?:helm|kubectl|argocd|docker|git|octo|aws|az|gcloud)\s+-{0,2}[a-z])/;

/** The first line that reads as an error message (strong words first), if the customer pasted any. */
export function firstErrorLine(doc: Doc): DocLine | undefined {
  // A line right after one ending in ":" ("it fails with:") is pasted output, however wordy.
  const pasted = (index: number) => /:\s*$/.test(doc.lines[index - 1]?.text ?? "");
  const candidates = doc.lines.filter(
    (line, index) =>
      !COMMAND.test(line.text) && (isErrorLine(line) || (pasted(index) && ERRORISH.test(line.text))),
  );
  // A table row whose status column says "failed" (`helm list`, `kubectl get pods`) points at the
  // error but is not its text; such rows count only when nothing better was pasted.
  const messages = candidates.filter((line) => !statusRow(line.text));
  const pool = messages.length ? messages : candidates;
  return pool.find((line) => STRONG.test(line.text)) ?? pool[0];
}

/** True for a row of columns (tabs or wide gaps) whose last column carries no error text. */
function statusRow(text: string): boolean {
  const cells = text.trim().split(/\t+ *|  +/);
  return cells.length >= 4 && !ERRORISH.test(cells[cells.length - 1] ?? "");
}
