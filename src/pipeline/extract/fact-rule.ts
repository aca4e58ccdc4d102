import type { Doc } from "./document.ts";

/** A fact read off a ticket: the first pattern that matches gives its value. */
export interface FactRule {
  fact: string;
  /** Each pattern has a `value` group, or the whole match is the value. */
  patterns: RegExp[];
  /** A fixed value to record instead of the matched text (for presence facts). */
  value?: (match: RegExpExecArray) => string;
}

const MAX_VALUE = 200;

/** Applies rules in order; the first rule to find a fact wins. */
export function applyFactRules(doc: Doc, rules: FactRule[], facts: Record<string, string>): void {
  for (const rule of rules) {
    if (facts[rule.fact] !== undefined) continue;
    for (const pattern of rule.patterns) {
      const match = pattern.exec(doc.text);
      if (!match) continue;
      const raw = rule.value ? rule.value(match) : (match.groups?.value ?? match[0]);
      const value = raw.replace(/\s+/g, " ").trim().slice(0, MAX_VALUE);
      if (value) {
        facts[rule.fact] = value;
        break;
      }
    }
  }
}
