import { RULES, type RedactionRule } from "./rules.ts";

export interface RedactionSpan {
  kind: string;
  /** Offsets in UTF-16 code units into the original text; `end` is exclusive. */
  start: number;
  end: number;
}

export interface Redacted {
  text: string;
  spans: RedactionSpan[];
}

/** Replaces every secret in `text` by `[REDACTED:<kind>]`; spans point into the original text. */
export function redact(text: string, rules: RedactionRule[] = RULES): Redacted {
  const found: RedactionSpan[] = [];
  const lower = text.toLowerCase();
  for (const rule of rules) {
    if (rule.keywords && !rule.keywords.some((word) => lower.includes(word.toLowerCase()))) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const span = spanOf(match, rule);
      if (span) found.push(span);
    }
  }
  const spans = keepOutermost(found);
  let out = "";
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + `[REDACTED:${span.kind}]`;
    cursor = span.end;
  }
  return { text: out + text.slice(cursor), spans };
}

function spanOf(match: RegExpExecArray | RegExpMatchArray, rule: RedactionRule): RedactionSpan | null {
  const index = match.index ?? 0;
  const secret = match.groups?.secret;
  if (secret === undefined) return { kind: rule.kind, start: index, end: index + match[0].length };
  const value = secret.replace(/^["']|["']$/g, "");
  if (rule.allow?.test(value)) return null;
  if (rule.requireSecretShape && !looksSecret(value)) return null;
  const start = index + match[0].lastIndexOf(secret);
  return { kind: rule.kind, start, end: start + secret.length };
}

/** A value from prose counts as a secret when it mixes character classes like generated values do. */
function looksSecret(value: string): boolean {
  if (value.length < 8) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2 || value.length >= 24;
}

/** Sorts spans and drops any that overlap an earlier (or longer) one. */
function keepOutermost(spans: RedactionSpan[]): RedactionSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RedactionSpan[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/** Counts spans by kind, in the contract's `redactions` shape. */
export function countByKind(spans: RedactionSpan[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}
