import { findDueTime } from "./due-time.ts";
import { conditionalOnCustomer, dependsOnCustomer, eventCondition, promiseMarkers } from "./markers.ts";
import { clauses, ownProse, sentences, type Span } from "./sentences.ts";

/** A promise we made in a reply: a time it is due by, or an event it waits on. */
export interface ExtractedCommitment {
  /** The sentence that makes the promise. */
  text: string;
  /** The words that say when: "by Friday", "within two hours", "once engineering confirms". */
  phrase: string;
  kind: "time" | "event";
  dueAt?: Date;
  /** For event promises: what it waits on ("engineering confirms"). */
  condition?: string;
  /** 0..1: how sure the reading is (firm "we will" with an explicit time is highest). */
  confidence: number;
  /** Offsets of the sentence in the reply. */
  start: number;
  end: number;
}

export interface ExtractOptions {
  /** When the reply is sent: relative times count from here. */
  now: Date;
  /** The customer's IANA time zone; wall-clock times are read in it. */
  timeZone?: string;
}

/** Longest reply read; a promise is made in the prose, not in kilobytes of pasted output. */
const MAX_TEXT = 50_000;

// A bare time or condition before a comma belongs to the promise after it: "By Friday, we will ...".
const LEADING_ADVERBIAL =
  /^(?:once|when|whenever|after|as\s+soon\s+as|following|upon|the\s+moment|by|before|on|at|until|no\s+later\s+than|within|in|tomorrow|today|tonight|later|this|next|first\s+thing|early|end\s+of|eod|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * Every promise we make in an outgoing reply: "I'll update you by 3 pm tomorrow", "you'll hear
 * from us within two hours", "we'll let you know once engineering confirms". Requests to the
 * customer, past facts, negations, questions, quoted text and promises that wait on the customer
 * ("once you send the logs, we'll ...") are not ours to keep and are left out. Pure.
 */
export function extractCommitments(text: string, options: ExtractOptions): ExtractedCommitment[] {
  const zone = options.timeZone ?? "UTC";
  const prose = ownProse(text.slice(0, MAX_TEXT));
  const found: ExtractedCommitment[] = [];
  for (const sentence of sentences(prose)) {
    if (sentence.text.endsWith("?")) continue;
    const parts = clauses(sentence);
    parts.forEach((clause, i) => {
      const markers = promiseMarkers(clause.text);
      const marker = markers[0];
      if (!marker) return;
      const previous = parts[i - 1];
      if (conditionalOnCustomer(clause.text)) return;
      if (previous && /^(?:if|unless|once|when|after|as\s+soon\s+as|upon)\b/i.test(previous.text))
        if (dependsOnCustomer(previous.text)) return;
      const lead = previous && attaches(previous) ? previous.text : "";
      const scope = lead ? `${lead}, ${clause.text}` : clause.text;
      const strength = Math.max(...markers.map((m) => m.strength));
      const sentenceText = text.slice(sentence.start, sentence.end).slice(0, 500);
      const due = findDueTime(scope, options.now, zone);
      if (due) {
        found.push({
          text: sentenceText,
          phrase: due.phrase,
          kind: "time",
          dueAt: due.dueAt,
          confidence: round(due.confidence * strength),
          start: sentence.start,
          end: sentence.end,
        });
        return;
      }
      const event = eventCondition(scope);
      if (event)
        found.push({
          text: sentenceText,
          phrase: event.phrase,
          kind: "event",
          condition: event.condition,
          confidence: round(0.75 * strength),
          start: sentence.start,
          end: sentence.end,
        });
    });
  }
  return found;
}

function attaches(previous: Span): boolean {
  return LEADING_ADVERBIAL.test(previous.text) && !dependsOnCustomer(previous.text);
}

const round = (value: number) => Math.round(value * 100) / 100;
