import type { FactRule } from "./fact-rule.ts";

/** What the customer says about the situation: recent changes, scope, timing. */
export const SITUATION_RULES: FactRule[] = [
  {
    fact: "change.recent",
    patterns: [
      /(?<value>\b(?:after|since)\s+(?:we\s+|I\s+)?(?:upgrad|updat|mov|switch|migrat|chang|rotat|install)\w*\b(?:[^\n.]|\.(?=\d)){0,80})/i,
      /(?<value>\bwe\s+(?:upgraded|updated|moved|switched|migrated|changed|rotated)\b(?:[^\n.]|\.(?=\d)){0,80})/i,
    ],
  },
  {
    fact: "time.first-seen",
    patterns: [
      /(?<value>\b(?:since|starting|started)\s+(?:yesterday|today|this morning|last (?:night|week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+\s+(?:hours|days|weeks)\s+ago)\b)/i,
    ],
  },
];
