import { useState } from "react";
import { api } from "../api.ts";
import { statusLabel } from "../format.ts";
import { useSession } from "../session.tsx";
import { STATUSES, type Engineer, type TicketDetail } from "../types.ts";

interface Props {
  ticket: TicketDetail;
  engineers: Engineer[];
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

/** Status and assignee of a ticket. Agents take or release tickets; leads assign anyone. */
export function TicketControls({ ticket, engineers, onDone, onError }: Props) {
  const { engineer, isLead } = useSession();
  const call = async (path: string, body: unknown, message: string) => {
    try {
      await api("POST", `/api/v1/tickets/${ticket.id}/${path}`, body);
      onDone(message);
    } catch (caught) {
      onError((caught as Error).message);
    }
  };
  const choices = isLead
    ? engineers
    : engineers.filter((e) => e.id === engineer.id || e.id === ticket.assigneeId);
  const canChange = isLead || ticket.assigneeId === null || ticket.assigneeId === engineer.id;
  return (
    <div className="controls">
      <label>
        Status
        <select
          value={ticket.status}
          onChange={(event) =>
            void call("status", { status: event.target.value }, `Status: ${statusLabel(event.target.value)}`)
          }
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Assignee
        <select
          value={ticket.assigneeId ?? ""}
          disabled={!canChange}
          onChange={(event) =>
            void call("assign", { assigneeId: event.target.value || null }, "Assignment saved")
          }
        >
          <option value="">unassigned</option>
          {choices.map((e) => (
            <option key={e.id} value={e.id}>
              {e.id === engineer.id ? `${e.name} (me)` : e.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** An internal note: engineers only, never shown to the customer. */
export function NoteForm({ ticket, onDone, onError }: Omit<Props, "engineers">) {
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await api("POST", `/api/v1/tickets/${ticket.id}/messages`, { kind: "note", body });
      setBody("");
      onDone("Note added");
    } catch (caught) {
      onError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="note-title">
      <h2 id="note-title">Internal note</h2>
      <label htmlFor="note-body" className="sr-only">
        Internal note (not sent to the customer)
      </label>
      <textarea
        id="note-body"
        rows={3}
        value={body}
        placeholder="Only engineers see this"
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="actions">
        <button type="button" disabled={busy || !body.trim()} onClick={() => void submit()}>
          Add note
        </button>
      </div>
    </section>
  );
}
