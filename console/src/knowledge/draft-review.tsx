import { useEffect, useState } from "react";
import { api } from "../api.ts";
import { go } from "../route.ts";
import { useSession } from "../session.tsx";
import type { ArticleCheck, ArticleDraft } from "../types.ts";
import { useData } from "../use-data.ts";

const CHECK_DELAY_MS = 400;

/** One learned draft: its notes, the Markdown (editable by leads, checked as typed), approve or reject. */
export function DraftReview({ id, onDecided }: { id: string; onDecided: () => void }) {
  const { isLead } = useSession();
  const draft = useData<ArticleDraft>(`/api/v1/kb/drafts/${encodeURIComponent(id)}`);
  const [markdown, setMarkdown] = useState<string | null>(null);
  const [check, setCheck] = useState<ArticleCheck | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const d = draft.data;
  const text = markdown ?? d?.markdown ?? "";
  useEffect(() => {
    if (markdown === null) return;
    const timer = setTimeout(() => {
      api<ArticleCheck>("POST", "/api/v1/kb/articles/check", { markdown, sample: "" }).then(setCheck, (caught: Error) =>
        setError(caught.message),
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [markdown]);
  if (!d) return <p className={draft.error ? "error" : "loading"}>{draft.error ?? "Loading…"}</p>;
  const problems = check ? check.problems : d.problems;
  const pending = d.status === "pending";
  const decide = async (action: "approve" | "reject") => {
    setError(null);
    try {
      if (action === "approve") {
        const saved = await api<{ articleId: string }>("POST", `/api/v1/kb/drafts/${encodeURIComponent(id)}/approve`, {
          markdown: markdown ?? undefined,
        });
        onDecided();
        go(`#/knowledge/${encodeURIComponent(saved.articleId)}`);
      } else {
        await api("POST", `/api/v1/kb/drafts/${encodeURIComponent(id)}/reject`, { reason });
        onDecided();
        await draft.reload();
      }
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <section className="article draft-review" aria-labelledby="draft-title">
      <h2 id="draft-title">{d.title}</h2>
      <p className="meta">
        <span className="tag">{d.kind === "suggestion" ? "suggestion" : "new article"}</span>
        <span>{d.area}</span>
        {d.code && <span className="code">{d.code}</span>}
        <span className="tag">{d.status}</span>
        <a href={`#/tickets/${encodeURIComponent(d.ticketId)}`}>Learned from this ticket</a>
        {d.targetArticle && d.targetOrigin && (
          <a href={`#/knowledge/${encodeURIComponent(d.targetArticle)}`}>Extends {d.targetArticle}</a>
        )}
      </p>
      {d.pattern && (
        <p className="small">
          Learned signature: <code>/{d.pattern}/i</code>
        </p>
      )}
      <h3>Before approving</h3>
      <ul className="notes">
        {d.notes.map((note, index) => (
          <li key={index}>{note}</li>
        ))}
      </ul>
      {d.decisionNote && <p className="muted">Rejected: {d.decisionNote}</p>}
      <label htmlFor="draft-md">Article (as approving saves it)</label>
      <textarea
        id="draft-md"
        className="editor"
        wrap="off"
        rows={24}
        spellCheck={false}
        readOnly={!isLead || !pending}
        value={text}
        onChange={(event) => setMarkdown(event.target.value)}
      />
      <div className="check" aria-live="polite">
        {problems.length === 0 ? (
          <p className="ok">Valid article.</p>
        ) : (
          <ul className="plain small">
            {problems.map((p, index) => (
              <li key={index} className="error">
                {p.line ? `line ${p.line}: ` : ""}
                {p.field ? `${p.field}: ` : ""}
                {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {isLead && pending && (
        <div className="actions">
          <button type="button" className="primary" disabled={problems.length > 0} onClick={() => void decide("approve")}>
            {d.kind === "suggestion" ? "Approve suggestion" : "Approve article"}
          </button>
          <label>
            <span className="sr-only">Reason for rejecting</span>
            <input value={reason} placeholder="Reason for rejecting" onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="button" disabled={reason.trim().length < 3} onClick={() => void decide("reject")}>
            Reject
          </button>
        </div>
      )}
    </section>
  );
}
