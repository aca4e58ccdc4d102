import type { TTicket } from "../../domain/ticket.ts";
import { countByKind, redact, type RedactionSpan } from "./redact.ts";
import { withoutNul } from "./sanitize.ts";

export interface RedactedTicket {
  ticket: TTicket;
  redactions: { kind: string; count: number }[];
}

/** Redacts every free-text field of a ticket before any other stage sees it. */
export function redactTicket(ticket: TTicket): RedactedTicket {
  const spans: RedactionSpan[] = [];
  const clean = (text: string): string => {
    const result = redact(withoutNul(text));
    spans.push(...result.spans);
    return result.text;
  };
  const redacted: TTicket = {
    ...ticket,
    externalId: ticket.externalId === undefined ? undefined : clean(ticket.externalId),
    subject: ticket.subject === undefined ? undefined : clean(ticket.subject),
    body: clean(ticket.body),
    customer: ticket.customer && {
      org: ticket.customer.org === undefined ? undefined : withoutNul(ticket.customer.org),
      email: ticket.customer.email === undefined ? undefined : withoutNul(ticket.customer.email),
      plan: ticket.customer.plan === undefined ? undefined : withoutNul(ticket.customer.plan),
    },
    attachments: ticket.attachments?.map((attachment) => ({
      name: clean(attachment.name),
      text: clean(attachment.text),
    })),
  };
  return { ticket: redacted, redactions: countByKind(spans) };
}
