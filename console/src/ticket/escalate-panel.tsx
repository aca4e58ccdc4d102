import { useState } from "react";
import { api } from "../api.ts";
import { TEAMS, type TicketDetail } from "../types.ts";
import { handoffFor } from "./handoff.ts";

interface Props {
  ticket: TicketDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Escalation: the team and a handoff prefilled from the triage, editable before it goes. */
export function EscalatePanel({ ticket, onDone, onCancel }: Props) {
  const [team, setTeam] = useState<string>(ticket.triage?.escalation.team ?? "l2-support");
  const [handoff, setHandoff] = useState(() => handoffFor(ticket));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api("POST", `/api/v1/tickets/${ticket.id}/escalate`, { team, handoff });
      onDone(`Escalated to ${team}`);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel escalate" aria-labelledby="escalate-title">
      <h2 id="escalate-title">Escalate</h2>
      {ticket.triage?.escalation.recommended && (
        <p className="callout small">Deckhand recommends escalating to {ticket.triage.escalation.team}.</p>
      )}
      <label htmlFor="escalate-team">Team</label>
      <select id="escalate-team" value={team} onChange={(event) => setTeam(event.target.value)}>
        {TEAMS.map((value) => (
          <option key={value}>{value}</option>
        ))}
      </select>
      <label htmlFor="escalate-handoff">Handoff</label>
      <textarea
        id="escalate-handoff"
        className="editor"
        rows={14}
        value={handoff}
        onChange={(event) => setHandoff(event.target.value)}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
          Escalate to {team}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
