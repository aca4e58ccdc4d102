import { normaliseErrorLine } from "../gaps/normalise-error-line.ts";

/**
 * A learned signature starts from one customer's error line. The line is normalised as the gaps
 * report does (timestamps, ids, hashes, IPs, hosts, pods, numbers and quoted names become
 * placeholders), then each placeholder becomes a bounded character class and the rest is escaped.
 * No class is ever repeated inside another repetition, so the pattern cannot backtrack badly.
 */

/** Longest stretch of the normalised line kept: the stable fragment, not a whole JSON blob. */
const MAX_CORE = 200;

/** Each placeholder of the normaliser and the bounded class that stands for it. */
const CLASSES: Record<string, string> = {
  time: "[\\w:.,/ +-]{4,40}",
  uuid: "[0-9a-f-]{36}",
  digest: "[a-z0-9]{2,6}:[0-9a-f]{16,128}",
  podname: "[a-z0-9.-]{1,253}",
  pod: "[a-z0-9]{5,10}",
  hex: "(?:0x)?[0-9a-f]{1,64}",
  ip: "[0-9a-f.:\\[\\]]{2,47}",
  host: "[a-z0-9.-]{1,253}(?::[0-9]{1,5})?",
  url: "[a-z][a-z0-9+.-]{1,10}://[^\\s\"'`<>)\\]]{1,500}",
  email: "[\\w.+-]{1,64}@[\\w.-]{1,253}",
  path: "(?:[a-z]:\\\\|/)[^\\s\"']{0,300}",
  version: "v[0-9][\\w.-]{0,40}",
  n: "[\\w.-]{1,24}",
  q: "(?:\"[^\"]{0,120}\"|'[^']{0,120}'|`[^`]{0,120}`)",
  secret: "\\S{1,200}",
};

const PLACEHOLDER = new RegExp(`<(${Object.keys(CLASSES).join("|")})>`, "g");
const SPECIAL = /[\\^$.*+?()[\]{}|/]/g;

export interface GeneralisedLine {
  /** The normalised line the pattern was built from (placeholders shown as `<kind>`). */
  template: string;
  pattern: string;
  /** Letters and digits the pattern requires literally: how specific it is. */
  literalChars: number;
}

/** Normalises an error line and cuts it to its stable core, placeholders kept as `<kind>`. */
export function templateOf(line: string): string {
  let text = normaliseErrorLine(line.replace(/\[REDACTED:[\w-]{1,40}\]/gi, " __secret__ "))
    .replace(/__secret__/g, "<secret>")
    // A pod's Deployment or Job name is the customer's own: the whole generated name varies.
    .replace(/[a-z0-9][a-z0-9.-]{0,200}-<pod>/g, "<podname>")
    // Leading placeholders and punctuation (timestamps, levels in brackets) say nothing.
    .replace(/^(?:<[a-z]+>|[\s[\]():,|=-])+/, "")
    .trim();
  if (text.length > MAX_CORE) {
    const cut = text.lastIndexOf(" ", MAX_CORE);
    text = text.slice(0, cut > MAX_CORE / 2 ? cut : MAX_CORE);
    // A cut must not leave half a placeholder behind.
    text = text.replace(/<[a-z]*$/, "").trim();
  }
  return text;
}

/**
 * Builds a pattern from an error line. With `flexibleSpace` each space allows any run of
 * whitespace (for lines whose columns are padded); otherwise spaces are literal and more readable.
 */
export function generaliseLine(line: string, { flexibleSpace = false } = {}): GeneralisedLine {
  const template = templateOf(line);
  let pattern = "";
  let literalChars = 0;
  let cursor = 0;
  const literal = (text: string) => {
    literalChars += (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    const escaped = text.replace(SPECIAL, "\\$&");
    pattern += flexibleSpace ? escaped.replace(/ +/g, "\\s{1,40}") : escaped;
  };
  for (const match of template.matchAll(PLACEHOLDER)) {
    literal(template.slice(cursor, match.index));
    pattern += CLASSES[match[1] as string];
    cursor = match.index + match[0].length;
  }
  literal(template.slice(cursor));
  return { template, pattern, literalChars };
}
