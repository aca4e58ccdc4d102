/** Words that say we are promising something, found in a clause. */
export interface PromiseMarker {
  /** Offset of the marker in the clause. */
  index: number;
  end: number;
  /** How firmly it promises: 1 for "we will", less for "we aim to", "we hope to". */
  strength: number;
}

const DELIVERABLE = String.raw`(?:update|reply|response|answer|fix|patch|hotfix|call|email|message|follow-up|news|report|word|release|build)s?`;
const DETERMINER = String.raw`(?:(?:an?|our|the|my|another|a\s+further|a\s+full|the\s+next|more|some)\s+)?(?:[\w-]+\s+)?`;

const MARKERS: [RegExp, number][] = [
  [/\b(?:i|we)(?:'ll|'m going to|'re going to|\s+will|\s+shall|\s+am going to|\s+are going to)\b/gi, 1],
  [/\b(?:i|we)\s+(?:aim|plan|intend|promise|commit|undertake|expect)\s+to\b/gi, 0.85],
  [/\b(?:i'm|i am|we're|we are)\s+(?:aiming|planning|committed|committing|expecting)\s+to\b/gi, 0.85],
  [/\b(?:i|we)\s+(?:hope|try)\s+to\b|\b(?:i'm|i am|we're|we are)\s+(?:hoping|trying)\s+to\b/gi, 0.6],
  [/\b(?:i|we)\s+(?:should|can)\s+(?:have|be able to|get|send|share|provide|give)\b/gi, 0.7],
  [/\blet me\b(?!\s+know)/gi, 0.9],
  [
    /\b(?:our|the)\s+(?:team|engineers?|engineering(?:\s+team)?|developers|support(?:\s+team)?|specialists?|product\s+team|on-call(?:\s+engineer)?)\s+(?:will|'ll|aims?\s+to|plans?\s+to|is\s+going\s+to|are\s+going\s+to|should)\b/gi,
    0.85,
  ],
  [
    new RegExp(
      String.raw`\byou(?:'ll|\s+will|\s+should|\s+can\s+expect\s+to|\s+are\s+going\s+to)\s+(?:hear\b|(?:receive|get|have|see)\s+${DETERMINER}${DELIVERABLE}\b)`,
      "gi",
    ),
    1,
  ],
  [new RegExp(String.raw`\bexpect\s+(?:to\s+hear\b|${DETERMINER}${DELIVERABLE}\b)`, "gi"), 0.9],
  [
    new RegExp(
      String.raw`\b${DETERMINER}${DELIVERABLE}\s+(?:will|should|is\s+going\s+to)\s+(?:follow|come|arrive|ship|land|be\s+(?:posted|sent|available|ready|out|shared|released|shipped|deployed|with\s+you))\b`,
      "gi",
    ),
    0.8,
  ],
];

// After "we will": the customer is asked for something, or the promise is denied.
const NOT_A_DELIVERY =
  /^\s*(?:not|never|no\s+longer|be\s+unable|need|require|want|ask|wait|have\s+to|be\s+waiting|expect\s+you|close)\b/i;
const NEGATION =
  /\b(?:not|never|cannot|can't|can\s+not|won't|don't|doesn't|didn't|unable|unlikely|no\s+promises?|no\s+guarantees?|without\s+promising)\b/i;

/** The promise markers of a clause, leaving out negated ones and requests phrased as "we'll need". */
export function promiseMarkers(clause: string): PromiseMarker[] {
  const found: PromiseMarker[] = [];
  for (const [pattern, strength] of MARKERS) {
    for (const match of clause.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (NOT_A_DELIVERY.test(clause.slice(end))) continue;
      if (NEGATION.test(clause.slice(0, match.index))) continue;
      found.push({ index: match.index, end, strength });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The condition an event promise waits on ("once engineering confirms", "after the next release"). */
export interface EventCondition {
  phrase: string;
  condition: string;
  index: number;
}

const CONDITION =
  /\b(once|when|whenever|after|as\s+soon\s+as|following|upon|the\s+moment)\s+((?:(?!\b(?:we|i)(?:'ll|\s+will)\b)[^,;.!?:])+)/gi;

/** Finds the event a promise is tied to; a condition only the customer can meet is not ours. */
export function eventCondition(scope: string): EventCondition | null {
  for (const match of scope.matchAll(CONDITION)) {
    const condition = (match[2] ?? "").trim();
    if (condition.length < 3 || condition.split(/\s+/).length > 16) continue;
    if (dependsOnCustomer(condition)) continue;
    return { phrase: `${match[1]} ${condition}`.replace(/\s+/g, " "), condition, index: match.index };
  }
  return null;
}

const CUSTOMER_CONDITION =
  /\b(?:once|when|after|as\s+soon\s+as|upon|if|unless)\s+(?:you\b|your\b|we\s+(?:have|get|receive|see)\s+(?:that|this|it|them|those|these)\b|we\s+(?:hear|get\s+an?\s+answer)\s+(?:back\s+)?from\s+you\b|we\s+(?:don't|do\s+not)\s+hear\b)/i;

/** True when the text waits on the customer ("once you send the logs", "if we don't hear back"). */
export function dependsOnCustomer(text: string): boolean {
  return (
    /\b(?:you|your|yours)\b/i.test(text) ||
    /^(?:we\s+)?(?:have|get|receive|see)\s+(?:that|this|it|them|those|these)\b/i.test(text) ||
    CUSTOMER_CONDITION.test(text)
  );
}

/** True when the clause is conditional on the customer ("... once you send the logs"). */
export function conditionalOnCustomer(clause: string): boolean {
  return CUSTOMER_CONDITION.test(clause);
}
