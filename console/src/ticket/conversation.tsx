import { age } from "../format.ts";
import { Redacted } from "../redacted.tsx";
import type { TicketDetail } from "../types.ts";
import { lineCount } from "./evidence.ts";
import { LogView, type Highlights } from "./log-view.tsx";

interface Props {
  ticket: TicketDetail;
  attachments: Map<string, string>;
  evidence: Map<string, Highlights>;
}

const KIND_LABEL = { inbound: "Customer", outbound: "Reply", note: "Internal note" } as const;

/**
 * The conversation. What the customer wrote is shown as a log whose numbering continues across
 * messages, as the pipeline reads them (joined by a blank line), so evidence line numbers match.
 */
export function Conversation({ ticket, attachments, evidence }: Props) {
  let nextBodyLine = 1;
  const body = evidence.get("body") ?? new Map<number, string[]>();
  return (
    <section className="conversation" aria-label="Conversation">
      {ticket.messages.map((message) => {
        const start = nextBodyLine;
        if (message.kind === "inbound") nextBodyLine += lineCount(message.body) + 1;
        return (
          <article key={message.id} className={`message ${message.kind}`}>
            <header>
              <strong>{KIND_LABEL[message.kind]}</strong> <span className="muted">{message.author}</span>
              <span className="muted" title={message.createdAt}>
                {" "}
                · {age(message.createdAt)} ago
              </span>
            </header>
            {message.kind === "inbound" ? (
              <LogView
                source="body"
                text={message.body}
                startLine={start}
                highlights={body}
                label="Customer message"
              />
            ) : (
              <div className="prose">
                <Redacted text={message.body} />
              </div>
            )}
          </article>
        );
      })}
      {ticket.attachments.map((attachment) => {
        const source = `attachment:${attachment.name}`;
        const text = attachments.get(attachment.id);
        return (
          <article key={attachment.id} className="message attachment">
            <header>
              <strong>Attachment</strong> <span className="filename">{attachment.name}</span>
              <span className="muted"> · {attachment.size.toLocaleString()} characters</span>
            </header>
            {text === undefined ? (
              <p className="muted">Loading…</p>
            ) : (
              <LogView
                source={source}
                text={text}
                highlights={evidence.get(source) ?? new Map<number, string[]>()}
                label={`Attachment ${attachment.name}`}
              />
            )}
          </article>
        );
      })}
    </section>
  );
}
