import { useEffect, useMemo, useState } from "react";
import { api } from "../api.ts";
import { age, statusLabel } from "../format.ts";
import { Redacted } from "../redacted.tsx";
import type { Engineer, TicketDetail } from "../types.ts";
import { useData } from "../use-data.ts";
import { Conversation } from "./conversation.tsx";
import { Diagnoses, FactsAndQuestions } from "./diagnoses.tsx";
import { DraftPanel } from "./draft-panel.tsx";
import { EscalatePanel } from "./escalate-panel.tsx";
import { Escalations } from "./escalations.tsx";
import { evidenceBySource } from "./evidence.ts";
import { ResolvePanel } from "./resolve-panel.tsx";
import { NoteForm, TicketControls } from "./ticket-controls.tsx";
import { TimersPanel } from "../sla/sla-badge.tsx";
import { CommitmentsPanel } from "../commitments/commitments-panel.tsx";

const POLL_MS = 10_000;

/** One ticket: the conversation as logs with evidence, the triage, and the draft to decide on. */
export function TicketPage({ id }: { id: string }) {
  const ticket = useData<TicketDetail>(`/api/v1/tickets/${encodeURIComponent(id)}`, POLL_MS);
  const engineers = useData<{ items: Engineer[] }>("/api/v1/engineers");
  const [attachments, setAttachments] = useState(new Map<string, string>());
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [escalating, setEscalating] = useState(false);
  const attachmentIds = ticket.data?.attachments.map((a) => a.id).join(",") ?? "";
  useEffect(() => {
    for (const attachmentId of attachmentIds ? attachmentIds.split(",") : []) {
      api<{ text: string }>(
        "GET",
        `/api/v1/tickets/${encodeURIComponent(id)}/attachments/${attachmentId}`,
      ).then(
        (a) => setAttachments((old) => new Map(old).set(attachmentId, a.text)),
        () => undefined,
      );
    }
  }, [id, attachmentIds]);
  const evidence = useMemo(() => evidenceBySource(ticket.data?.triage ?? null), [ticket.data]);
  const t = ticket.data;
  if (!t) return <p className={ticket.error ? "error page" : "loading"}>{ticket.error ?? "Loading…"}</p>;
  const done = (text: string) => {
    setNotice({ text, error: false });
    setEscalating(false);
    void ticket.reload();
  };
  const failed = (text: string) => setNotice({ text, error: true });
  return (
    <article className="page ticket" aria-labelledby="ticket-title">
      <div className="ticket-head">
        <a href="#/" className="back">
          ← Queue
        </a>
        <h1 id="ticket-title">
          <Redacted text={t.subject || "(no subject)"} />
        </h1>
        <div className="meta">
          <span className={`pri ${t.priority ?? "none"}`}>{t.priority ?? "–"}</span>
          <span className={`status ${t.status}`} data-testid="ticket-status">
            {statusLabel(t.status)}
          </span>
          <span>{t.org}</span>
          <span>{t.area ?? "no area yet"}</span>
          <span className="muted" title={t.createdAt}>
            opened {age(t.createdAt)} ago
          </span>
          {t.externalId && <span className="muted">{t.externalId}</span>}
        </div>
        <TicketControls ticket={t} engineers={engineers.data?.items ?? []} onDone={done} onError={failed} />
      </div>
      {notice && (
        <p role={notice.error ? "alert" : "status"} className={notice.error ? "notice error" : "notice"}>
          {notice.text}
        </p>
      )}
      <div className="ticket-body">
        <Conversation ticket={t} attachments={attachments} evidence={evidence} />
        <aside className="triage" aria-label="Triage">
          {escalating ? (
            <EscalatePanel ticket={t} onDone={done} onCancel={() => setEscalating(false)} />
          ) : (
            <DraftPanel ticket={t} onDone={done} onEscalate={() => setEscalating(true)} />
          )}
          <TimersPanel timers={t.timers} />
          <CommitmentsPanel commitments={t.commitments} />
          <section className="panel" aria-labelledby="diag-title">
            <h2 id="diag-title">Diagnoses</h2>
            {t.triage ? <Diagnoses triage={t.triage} /> : <p className="muted small">Triage is running…</p>}
            {t.triage?.escalation.recommended && (
              <p className="callout small">
                Escalation recommended to <strong>{t.triage.escalation.team}</strong>:{" "}
                {t.triage.escalation.reason}
              </p>
            )}
            {t.triage && <FactsAndQuestions triage={t.triage} />}
          </section>
          <Escalations escalations={t.escalations} />
          <ResolvePanel ticket={t} onDone={done} onError={failed} />
          <NoteForm ticket={t} onDone={done} onError={failed} />
        </aside>
      </div>
    </article>
  );
}
