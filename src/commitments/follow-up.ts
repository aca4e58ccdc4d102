/** Teams as a customer would name them. */
const TEAM_NAMES: Record<string, string> = {
  engineering: "our engineering team",
  "l2-support": "our senior support engineers",
  security: "our security team",
  account: "your account team",
};

export interface FollowUpFacts {
  subject: string | null;
  /** The team of an open escalation, if any. */
  escalatedTo: string | null;
  /** The title of the top diagnosis, when triage found one. */
  investigating: string | null;
}

/**
 * The follow-up drafted when a promise falls due: where the ticket stands, for the owner to
 * complete and send. It keeps the promise of news without making a new one (no time, no event).
 */
export function commitmentFollowUpText(facts: FollowUpFacts): string {
  const subject = (facts.subject ?? "").replace(/\s+/g, " ").trim().slice(0, 120);
  const about = subject ? `your ticket "${subject}"` : "your ticket";
  // Not the ticket's status: after our own reply it always says "awaiting customer", yet we owe the news.
  const where = facts.escalatedTo
    ? `${about} is with ${TEAM_NAMES[facts.escalatedTo] ?? `our ${facts.escalatedTo} team`}, who are still working on it. Nothing further is needed from you at the moment.`
    : `we are still working on ${about} and do not have a conclusion yet.`;
  const what = facts.investigating ? `\n\nWhat we are looking at: ${facts.investigating}.` : "";
  return [
    "Hello,",
    "",
    `Here is the update we said we would send: ${where}${what}`,
    "",
    "Best regards,\nThe support team",
  ].join("\n");
}
