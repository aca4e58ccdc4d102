import { DateTime } from "luxon";

const SIGN_OFF = "Best regards,\nThe support team";
const MAX_SUBJECT = 120;

/** The ticket's subject as a quoted reference, bounded; none when it has no subject. */
function about(subject: string | null): string {
  const text = (subject ?? "").replace(/\s+/g, " ").trim();
  if (!text) return "your ticket";
  const short = text.length > MAX_SUBJECT ? `${text.slice(0, MAX_SUBJECT - 1)}…` : text;
  return `your ticket "${short}"`;
}

/** Teams as a customer would name them. */
const TEAM_NAMES: Record<string, string> = {
  engineering: "our engineering team",
  "l2-support": "our senior support engineers",
  security: "our security team",
  account: "your account team",
};

/** An instant in the customer's zone, spelled out: `Tuesday 10 March 2026 at 15:00 (Europe/Berlin)`. */
export function customerTime(at: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timeZone }).setLocale("en-GB");
  return `${local.toFormat("cccc d LLLL yyyy 'at' HH:mm")} (${timeZone})`;
}

export interface ProgressUpdateFacts {
  subject: string | null;
  /** The team an open escalation went to; null while we work on it ourselves. */
  escalatedTo: string | null;
  /** The title of the top diagnosis, when triage found one. */
  investigating: string | null;
  nextUpdateAt: Date;
  timeZone: string;
}

/**
 * A progress update: where the ticket is (with which team), what is being looked at and when the
 * customer hears next. It states the ticket's state and the next-update time, and promises nothing else.
 */
export function progressUpdateText(facts: ProgressUpdateFacts): string {
  const where = facts.escalatedTo
    ? `${about(facts.subject)} is with ${TEAM_NAMES[facts.escalatedTo] ?? `our ${facts.escalatedTo} team`}, who are working on it.`
    : `we are still working on ${about(facts.subject)}.`;
  const what = facts.investigating ? `\n\nWhat we are investigating: ${facts.investigating}.` : "";
  return [
    "Hello,",
    "",
    `A short update: ${where}${what}`,
    "",
    `You will hear from us again by ${customerTime(facts.nextUpdateAt, facts.timeZone)}.`,
    "",
    SIGN_OFF,
  ].join("\n");
}

/** A polite reminder that we are waiting on the customer's answer. */
export function nudgeText(subject: string | null): string {
  return [
    "Hello,",
    "",
    `We are following up on ${about(subject)}. Our last message asked for some information, and we have not heard back yet.`,
    "",
    "When you have a moment, please reply with the details we asked for, or let us know if the problem is solved so we can close the ticket.",
    "",
    SIGN_OFF,
  ].join("\n");
}

/** The notice that the ticket is closed for want of a reply, and how to reopen it. */
export function closureNoticeText(subject: string | null): string {
  return [
    "Hello,",
    "",
    `As we have not heard back about ${about(subject)}, we are closing it for now.`,
    "",
    "If the problem is still there, simply reply to this message and the ticket will be reopened.",
    "",
    SIGN_OFF,
  ].join("\n");
}
