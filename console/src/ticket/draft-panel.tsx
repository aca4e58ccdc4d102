import { useState } from "react";
import { api } from "../api.ts";
import { statusLabel } from "../format.ts";
import { REJECT_REASONS, type TicketDetail } from "../types.ts";

interface Props {
  ticket: TicketDetail;
  onDone: (message: string) => void;
  onEscalate: () => void;
}

type Draft = TicketDetail["drafts"][number];

/** The pending draft in an editor: approve and send (as written or edited), reject with a reason, escalate. */
export function DraftPanel({ ticket, onDone, onEscalate }: Props) {
  const pending = [...ticket.drafts].reverse().find((draft) => draft.status === "pending");
  if (!pending) {
    const last = ticket.drafts.at(-1);
    return (
      <section className="panel draft" aria-labelledby="draft-title">
        <h2 id="draft-title">Draft reply</h2>
        <p className="muted small">
          {last
            ? `No draft waiting for review (the last one was ${last.status}).`
            : "No draft yet: triage is running."}
        </p>
        <button type="button" onClick={onEscalate}>
          Escalate…
        </button>
      </section>
    );
  }
  return (
    <PendingDraft key={pending.id} ticket={ticket} draft={pending} onDone={onDone} onEscalate={onEscalate} />
  );
}

function PendingDraft({ ticket, draft, onDone, onEscalate }: Props & { draft: Draft }) {
  const [body, setBody] = useState(draft.body);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState<string>("wrong-diagnosis");
  const [why, setWhy] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [kept, setKept] = useState(false);
  const edited = body.trim() !== draft.body.trim();
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await action());
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const approve = () =>
    run(async () => {
      const result = await api<{ status: string; edited: boolean }>(
        "POST",
        `/api/v1/tickets/${ticket.id}/approve`,
        {
          draftId: draft.id,
          ...(edited ? { body } : {}),
        },
      );
      return `${result.edited ? "Edited reply" : "Reply"} sent · ticket is now ${statusLabel(result.status)}`;
    });
  const reject = () =>
    run(async () => {
      const result = await api<{ status: string }>("POST", `/api/v1/tickets/${ticket.id}/reject`, {
        draftId: draft.id,
        reason,
        ...(why.trim() ? { text: why.trim() } : {}),
      });
      return `Draft rejected · ticket is now ${statusLabel(result.status)}`;
    });
  const keep = () =>
    run(async () => {
      await api("POST", `/api/v1/tickets/${ticket.id}/keep-draft`, { draftId: draft.id });
      return "The draft waits for your review";
    });
  return (
    <section className="panel draft" aria-labelledby="draft-title">
      <h2 id="draft-title">Draft reply {edited && <span className="tag">edited</span>}</h2>
      {draft.sendAt && !kept && (
        <p className="callout held">
          Sends automatically at{" "}
          <time dateTime={draft.sendAt}>
            {new Date(draft.sendAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
          </time>{" "}
          unless you act.{" "}
          <button type="button" className="link" disabled={busy} onClick={() => void keep()}>
            Keep for review
          </button>
        </p>
      )}
      <label htmlFor="draft-body" className="sr-only">
        Draft reply (Markdown)
      </label>
      <textarea
        id="draft-body"
        className="editor"
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          // Editing a held draft stops its automatic send: the person's version wins.
          if (draft.sendAt && !kept) {
            setKept(true);
            void api("POST", `/api/v1/tickets/${ticket.id}/keep-draft`, { draftId: draft.id }).catch(
              () => undefined,
            );
          }
        }}
        rows={Math.min(18, Math.max(8, body.split("\n").length + 1))}
        spellCheck
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void approve()}>
          {edited ? "Send edited reply" : "Approve and send"}
        </button>
        {edited && (
          <button type="button" disabled={busy} onClick={() => setBody(draft.body)}>
            Undo edits
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          aria-expanded={rejecting}
          onClick={() => setRejecting(!rejecting)}
        >
          Reject…
        </button>
        <button type="button" disabled={busy} onClick={onEscalate}>
          Escalate…
        </button>
      </div>
      {rejecting && (
        <fieldset className="reject">
          <legend>Why is this draft wrong?</legend>
          {REJECT_REASONS.map(([value, label]) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="reject-reason"
                value={value}
                checked={reason === value}
                onChange={() => setReason(value)}
              />
              {label}
            </label>
          ))}
          <label htmlFor="reject-text">Details {reason === "other" ? "(required)" : "(optional)"}</label>
          <input id="reject-text" type="text" value={why} onChange={(event) => setWhy(event.target.value)} />
          <button
            type="button"
            className="danger"
            disabled={busy || (reason === "other" && !why.trim())}
            onClick={() => void reject()}
          >
            Reject draft
          </button>
        </fieldset>
      )}
    </section>
  );
}
