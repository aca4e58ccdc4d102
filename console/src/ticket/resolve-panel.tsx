import { useMemo, useState } from "react";
import { api } from "../api.ts";
import type { Outcome, TaxonomyCode, TicketDetail } from "../types.ts";
import { useData } from "../use-data.ts";

interface Props {
  ticket: TicketDetail;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

type Mode = "idle" | "correct" | "unexplained";

const MAX_CHOICES = 8;

const VERDICT_TEXT: Record<Outcome["verdict"], string> = {
  confirmed: "Deckhand was right",
  corrected: "Corrected",
  unexplained: "No known cause",
};

/**
 * Resolving with the cause: one click when Deckhand was right, a code picker to correct it, or
 * "no known cause" with a note. What is recorded teaches triage which signatures to trust.
 */
export function ResolvePanel({ ticket, onDone, onError }: Props) {
  const outcome = useData<{ outcome: Outcome | null }>(
    `/api/v1/tickets/${encodeURIComponent(ticket.id)}/outcome`,
  );
  const codes = useData<{ items: TaxonomyCode[] }>("/api/v1/kb/codes");
  const [mode, setMode] = useState<Mode>("idle");
  const [filter, setFilter] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const predicted = ticket.triage?.diagnoses[0]?.code ?? ticket.topCode;
  const recorded = outcome.data?.outcome ?? null;
  const choices = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return (codes.data?.items ?? [])
      .filter((c) => words.every((word) => `${c.code} ${c.title}`.toLowerCase().includes(word)))
      .slice(0, MAX_CHOICES);
  }, [codes.data, filter]);
  const resolve = async (body: unknown, message: string) => {
    setBusy(true);
    try {
      await api("POST", `/api/v1/tickets/${encodeURIComponent(ticket.id)}/resolve`, body);
      setMode("idle");
      setFilter("");
      setNote("");
      await outcome.reload();
      onDone(message);
    } catch (caught) {
      onError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel resolve" aria-labelledby="resolve-title">
      <h2 id="resolve-title">Resolve</h2>
      {recorded && (
        <p className="small" data-testid="outcome">
          {VERDICT_TEXT[recorded.verdict]}
          {recorded.code && (
            <>
              : <span className="code">{recorded.code}</span>
            </>
          )}
          {recorded.note && <span className="muted"> — {recorded.note}</span>}
        </p>
      )}
      <div className="actions">
        {predicted && (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() =>
              void resolve({ verdict: "confirmed" }, `Resolved: Deckhand was right (${predicted})`)
            }
          >
            Deckhand was right: <span className="code">{predicted}</span>
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          aria-expanded={mode === "correct"}
          onClick={() => setMode(mode === "correct" ? "idle" : "correct")}
        >
          Correct the cause
        </button>
        <button
          type="button"
          disabled={busy}
          aria-expanded={mode === "unexplained"}
          onClick={() => setMode(mode === "unexplained" ? "idle" : "unexplained")}
        >
          No known cause
        </button>
      </div>
      {mode === "correct" && (
        <div className="code-picker">
          <label htmlFor="resolve-code">The actual cause</label>
          <input
            id="resolve-code"
            type="search"
            autoFocus
            value={filter}
            placeholder="Type to filter codes, e.g. helm timeout"
            onChange={(event) => setFilter(event.target.value)}
          />
          <ul className="plain" aria-label="Root-cause codes">
            {choices.map((c) => (
              <li key={c.code}>
                <button
                  type="button"
                  className="link"
                  disabled={busy}
                  onClick={() =>
                    void resolve(
                      { verdict: "corrected", code: c.code },
                      `Resolved: cause corrected to ${c.code}`,
                    )
                  }
                >
                  <span className="code">{c.code}</span> <span className="muted small">{c.title}</span>
                </button>
              </li>
            ))}
            {choices.length === 0 && <li className="muted small">No code matches.</li>}
          </ul>
        </div>
      )}
      {mode === "unexplained" && (
        <div>
          <label htmlFor="resolve-note">What was it? (no code fits)</label>
          <textarea
            id="resolve-note"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="actions">
            <button
              type="button"
              disabled={busy || note.trim().length < 3}
              onClick={() => void resolve({ verdict: "unexplained", note }, "Resolved: no known cause")}
            >
              Resolve with this note
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
