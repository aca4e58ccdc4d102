import { lineId, percent } from "../format.ts";
import { Confidence } from "../queue.tsx";
import { Redacted } from "../redacted.tsx";
import type { Triage } from "../types.ts";

/** Scrolls to an evidence line and focuses it, so keyboard users land there too. */
function showLine(source: string, line: number) {
  const element = document.getElementById(lineId(source, line));
  element?.scrollIntoView({ block: "center", behavior: "smooth" });
  element?.focus({ preventScroll: true });
}

/** The ranked diagnoses, each with its evidence lines linked to the highlighted log lines. */
export function Diagnoses({ triage }: { triage: Triage }) {
  if (triage.diagnoses.length === 0)
    return <p className="empty small">No diagnosis yet: the questions ask for what would tell.</p>;
  return (
    <ol className="diagnoses">
      {triage.diagnoses.map((diagnosis, index) => (
        <li key={diagnosis.code} className={index === 0 ? "top" : undefined}>
          <div className="diag-head">
            <span className="code">{diagnosis.code}</span>
            <Confidence value={diagnosis.confidence} />
          </div>
          {diagnosis.article && (
            <a className="small" href={`#/knowledge/${encodeURIComponent(diagnosis.article)}`}>
              Article: {diagnosis.article}
            </a>
          )}
          <ul
            className="evidence"
            aria-label={`Evidence for ${diagnosis.code} (${percent(diagnosis.confidence)})`}
          >
            {diagnosis.evidence.map((evidence) => (
              <li key={`${evidence.source}:${evidence.line}`}>
                <button
                  type="button"
                  className="evidence-link"
                  disabled={evidence.line === undefined}
                  onClick={() => evidence.line && showLine(evidence.source, evidence.line)}
                >
                  <span className="where">
                    {evidence.source}
                    {evidence.line === undefined ? "" : `:${evidence.line}`}
                  </span>{" "}
                  <code>
                    <Redacted text={evidence.text} />
                  </code>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** What was read off the ticket, and what is still to ask. */
export function FactsAndQuestions({ triage }: { triage: Triage }) {
  const facts = Object.entries(triage.facts);
  return (
    <>
      <h3>Facts</h3>
      {facts.length === 0 ? (
        <p className="muted small">None read yet.</p>
      ) : (
        <dl className="facts">
          {facts.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>
                <Redacted text={String(value)} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h3>Questions</h3>
      {triage.questions.length === 0 ? (
        <p className="muted small">Nothing to ask.</p>
      ) : (
        <ul className="questions">
          {triage.questions.map((question) => (
            <li key={question.fact}>
              <span className="code small">{question.fact}</span> {question.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
