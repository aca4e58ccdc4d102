import type { RedactionRule } from "./rule.ts";
import { RULES } from "./rules.ts";
import { decodedView } from "./view.ts";
import { continueWrapped, mergeSpans, type RankedSpan } from "./spans.ts";

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
  const found = findSpans(text, rules);
  // Encoded secrets (ANSI-split, JSON- or percent-escaped) are found in a decoded view and mapped back.
  const view = decodedView(text);
  if (view) {
    for (const span of findSpans(view.text, rules))
      found.push({ ...span, start: view.startOf(span.start), end: view.endOf(span.end) });
  }
  const spans = mergeSpans(found);
  let out = "";
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + `[REDACTED:${span.kind}]`;
    cursor = span.end;
  }
  return { text: out + text.slice(cursor), spans };
}

// Patterns are compiled once more with the `d` flag, for the exact offsets of the `secret` group.
const WITH_INDICES = new WeakMap<RegExp, RegExp>();
function withIndices(pattern: RegExp): RegExp {
  let compiled = WITH_INDICES.get(pattern);
  if (!compiled) {
    const flags = pattern.flags.includes("d") ? pattern.flags : pattern.flags + "d";
    compiled = new RegExp(pattern.source, flags.includes("g") ? flags : flags + "g");
    WITH_INDICES.set(pattern, compiled);
  }
  return compiled;
}

function findSpans(text: string, rules: RedactionRule[]): RankedSpan[] {
  const found: RankedSpan[] = [];
  const lower = text.toLowerCase();
  rules.forEach((rule, rank) => {
    if (rule.keywords && !rule.keywords.some((word) => lower.includes(word))) return;
    for (const match of text.matchAll(withIndices(rule.pattern))) {
      const span = spanOf(match, rule, rank);
      if (span) found.push(continueWrapped(text, span));
    }
  });
  return found;
}

function spanOf(match: RegExpMatchArray, rule: RedactionRule, rank: number): RankedSpan | null {
  const index = match.index ?? 0;
  const where = match.indices?.groups?.secret;
  if (!where) {
    const whole = match[0];
    if (rule.check && !rule.check(whole)) return null;
    const [start, end] = rule.expand?.(match.input ?? "", index, index + whole.length) ?? [
      index,
      index + whole.length,
    ];
    return { kind: rule.kind, start, end, rank };
  }
  let [start, end] = where;
  let value = match.input?.slice(start, end) ?? "";
  // Trailing blanks and escaped line ends (a value inside JSON-escaped text) are not the secret.
  const trimmed = value.includes("-----") ? value : value.replace(/(?:\s|\\[nrt])+$/, "");
  end -= value.length - trimmed.length;
  value = trimmed;
  if (value.length >= 2 && /^(["'{]).*["'}]$/s.test(value)) {
    value = value.slice(1, -1);
    start += 1;
    end -= 1;
  }
  if (value.length === 0) return null;
  if (rule.proseKey && inProse(value, match.input?.slice(end, end + 40) ?? "")) return null;
  if (rule.allow?.test(value)) return null;
  if (rule.skipKey?.test(match[0].slice(0, start - index))) return null;
  if (rule.check && !rule.check(value)) return null;
  return { kind: rule.kind, start, end, rank };
}

// "password: did not match", "Password: please reset it": a word followed by more words is a sentence.
function inProse(value: string, after: string): boolean {
  if (/^[A-Za-z]+[.!?]$/.test(value)) return true;
  return /^[A-Za-z]+$/.test(value) && /^[ \t]+[A-Za-z]{2,}(?![\w=:])/.test(after);
}

/** Counts spans by kind, in the contract's `redactions` shape. */
export function countByKind(spans: RedactionSpan[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}
