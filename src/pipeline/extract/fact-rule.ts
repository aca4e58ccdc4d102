import type { Doc } from "./document.ts";

/** A fact read off a ticket: the first pattern that matches gives its value. */
export interface FactRule {
  fact: string;
  /** Each pattern has a `value` group, or the whole match is the value. */
  patterns: RegExp[];
  /**
   * Turns a match into the value (for presence facts or canonical names). Returning an empty
   * string rejects this match, and the search goes on to the next match of the same pattern.
   */
  value?: (match: RegExpExecArray) => string;
  /** An attachment whose file name matches (`OctopusTentacle.txt`, `Dockerfile`) gives the fact too. */
  attachment?: { name: RegExp; value: string };
  /** For pasted logs: how many matches it takes (one quoted line is an error message, not a log). */
  minMatches?: number;
}

const MAX_VALUE = 200;

/** A rule value: the canonical name of the first entry matching the text read, or "" to reject it. */
export const named =
  (names: [RegExp, string][]) =>
  (match: RegExpExecArray): string => {
    const text = match.groups?.value ?? match[0];
    return names.find(([re]) => re.test(text))?.[1] ?? "";
  };
/** Enough to skip a few rejected matches; a bound keeps a 1 MB ticket fast whatever it holds. */
const MAX_MATCHES = 200;
const globals = new WeakMap<RegExp, RegExp>();

// A global copy of each pattern lets one rule look past a rejected match without re-scanning.
function global(pattern: RegExp): RegExp {
  let copy = globals.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, copy);
  }
  copy.lastIndex = 0;
  return copy;
}

/** The value of the first acceptable match of a rule's patterns in a text, if any. */
export function readFact(text: string, rule: FactRule): string | undefined {
  const needed = rule.minMatches ?? 1;
  let seen = 0;
  for (const pattern of rule.patterns) {
    const re = global(pattern);
    for (let count = 0; count < MAX_MATCHES; count++) {
      const match = re.exec(text);
      if (!match) break;
      if (match[0] === "") re.lastIndex++;
      const raw = rule.value ? rule.value(match) : (match.groups?.value ?? match[0]);
      // A sentence's full stop or comma after a value is not part of it.
      const value = raw
        .replace(/[.,;:\s]+$/, "")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, MAX_VALUE);
      if (value && ++seen >= needed) return value;
    }
  }
  return undefined;
}

// The file name says what was attached even when its content's format is not recognised.
function fromAttachment(doc: Doc, rule: FactRule): string | undefined {
  if (!rule.attachment) return undefined;
  const { name, value } = rule.attachment;
  const sources = new Set(doc.lines.map((line) => line.source));
  for (const source of sources) {
    if (source.startsWith("attachment:") && name.test(source.slice("attachment:".length))) return value;
  }
  return undefined;
}

/** Applies rules in order; the first rule to find a fact wins. */
export function applyFactRules(doc: Doc, rules: FactRule[], facts: Record<string, string>): void {
  for (const rule of rules) {
    if (facts[rule.fact] !== undefined) continue;
    const value = readFact(doc.text, rule) ?? fromAttachment(doc, rule);
    if (value) facts[rule.fact] = value;
  }
}
