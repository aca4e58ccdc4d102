import { extractCommitments, type ExtractedCommitment } from "./extract.ts";

export interface GuardOptions {
  now: Date;
  timeZone: string;
  /**
   * A progress update may say when the customer hears next ("You will hear from us again by ..."):
   * that time is the SLA's next-update target, which starts counting when the update is sent.
   */
  allowNextUpdate: boolean;
}

/** The one time promise a Deckhand draft may make: the SLA's next update. */
const NEXT_UPDATE = /\byou(?:'ll|\s+will)\s+hear\s+from\s+us\b/i;

/**
 * Deckhand's own text with every time promise it could not keep taken out, sentence by sentence:
 * Deckhand does not decide when a person will have news. Event promises ("once engineering
 * confirms") stay, as they name no time to miss. Pure; returns what was removed.
 */
export function withoutTimePromises(
  body: string,
  { now, timeZone, allowNextUpdate }: GuardOptions,
): { body: string; removed: ExtractedCommitment[] } {
  const promises = extractCommitments(body, { now, timeZone }).filter((c) => c.kind === "time");
  let allowed = allowNextUpdate;
  const removed = promises.filter((promise) => {
    if (allowed && NEXT_UPDATE.test(promise.text)) {
      allowed = false;
      return false;
    }
    return true;
  });
  if (removed.length === 0) return { body, removed };
  const spans = [...new Map(removed.map((c) => [c.start, c])).values()].sort((a, b) => b.start - a.start);
  let text = body;
  for (const { start, end } of spans) {
    const after = /^[ \t]*/.exec(text.slice(end))?.[0].length ?? 0;
    text = text.slice(0, start) + text.slice(end + after);
  }
  text = text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { body: text, removed };
}
