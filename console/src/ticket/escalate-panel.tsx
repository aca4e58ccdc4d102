import { useEffect, useState } from "react";
import { api } from "../api.ts";
import { TEAMS, type HandoffPreview, type TicketDetail } from "../types.ts";

interface Props {
  ticket: TicketDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Destination = "github" | "slack";

/** Escalation: the team and the server's handoff, editable before it goes, and where to post it. */
export function EscalatePanel({ ticket, onDone, onCancel }: Props) {
  const [team, setTeam] = useState<string>(ticket.triage?.escalation.team ?? "l2-support");
  const [preview, setPreview] = useState<HandoffPreview | null>(null);
  const [title, setTitle] = useState("");
  const [handoff, setHandoff] = useState("");
  const [edited, setEdited] = useState(false);
  const [destinations, setDestinations] = useState<Destination[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let current = true;
    api<HandoffPreview>("GET", `/api/v1/tickets/${ticket.id}/handoff?team=${encodeURIComponent(team)}`).then(
      (loaded) => {
        if (!current) return;
        setPreview(loaded);
        // A team change rewrites the handoff unless the engineer has already edited it.
        if (!edited) {
          setTitle(loaded.title);
          setHandoff(loaded.markdown);
        }
      },
      (caught: Error) => current && setError(caught.message),
    );
    return () => {
      current = false;
    };
    // `edited` is read, not watched: editing must not reload the preview.
  }, [ticket.id, team]);
  const toggle = (destination: Destination, on: boolean) =>
    setDestinations((old) => (on ? [...old, destination] : old.filter((d) => d !== destination)));
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api("POST", `/api/v1/tickets/${ticket.id}/escalate`, {
        team,
        title: title.trim() || undefined,
        handoff,
        destinations,
      });
      onDone(
        `Escalated to ${team}${destinations.length ? ` (posting to ${destinations.join(" and ")})` : ""}`,
      );
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const github = preview?.destinations.github;
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
      <label htmlFor="escalate-title-input">Title</label>
      <input
        id="escalate-title-input"
        value={title}
        maxLength={250}
        onChange={(event) => {
          setTitle(event.target.value);
          setEdited(true);
        }}
      />
      <label htmlFor="escalate-handoff">Handoff (Markdown)</label>
      <textarea
        id="escalate-handoff"
        className="editor"
        rows={16}
        value={handoff}
        placeholder={preview ? "" : "Loading the handoff…"}
        onChange={(event) => {
          setHandoff(event.target.value);
          setEdited(true);
        }}
      />
      <fieldset className="destinations">
        <legend>Also post to</legend>
        <label>
          <input
            type="checkbox"
            disabled={!github?.configured}
            checked={destinations.includes("github")}
            onChange={(event) => toggle("github", event.target.checked)}
          />{" "}
          GitHub issue{github?.repo ? ` in ${github.repo}` : " (not configured)"}
        </label>
        <label>
          <input
            type="checkbox"
            disabled={!preview?.destinations.slack.configured}
            checked={destinations.includes("slack")}
            onChange={(event) => toggle("slack", event.target.checked)}
          />{" "}
          Slack{preview?.destinations.slack.configured ? "" : " (not configured)"}
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !preview || handoff.trim().length < 10}
          onClick={() => void submit()}
        >
          Escalate to {team}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
