import { useEffect, useState } from "react";
import { api } from "../api.ts";
import { go } from "../route.ts";
import type { ArticleCheck, ArticleDetail } from "../types.ts";
import { TEMPLATE } from "./template.ts";

interface Props {
  /** The team article being edited; null for a new one. */
  id: string | null;
  onSaved: () => void;
}

const CHECK_DELAY_MS = 400;

/** Writes a team article, validated as shipped ones are, with its signatures run over a pasted sample. */
export function ArticleEditor({ id, onSaved }: Props) {
  const [markdown, setMarkdown] = useState(id ? "" : TEMPLATE);
  const [sample, setSample] = useState("");
  const [check, setCheck] = useState<ArticleCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!id) return;
    api<ArticleDetail>("GET", `/api/v1/kb/articles/${encodeURIComponent(id)}`).then(
      (a) => setMarkdown(a.markdown ?? ""),
      (caught: Error) => setError(caught.message),
    );
  }, [id]);
  useEffect(() => {
    if (!markdown.trim()) return;
    const timer = setTimeout(() => {
      api<ArticleCheck>("POST", "/api/v1/kb/articles/check", { markdown, sample }).then(setCheck, (caught: Error) =>
        setError(caught.message),
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [markdown, sample]);
  const save = async () => {
    setError(null);
    try {
      const saved = id
        ? await api<{ id: string }>("PUT", `/api/v1/kb/articles/${encodeURIComponent(id)}`, { markdown })
        : await api<{ id: string }>("POST", "/api/v1/kb/articles", { markdown });
      onSaved();
      go(`#/knowledge/${encodeURIComponent(saved.id)}`);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <section className="editor-pane" aria-labelledby="editor-title">
      <h2 id="editor-title">{id ? `Edit ${id}` : "New team article"}</h2>
      <div className="editor-grid">
        <div>
          <label htmlFor="article-md">Article (YAML frontmatter and Markdown, as in docs/knowledge-format.md)</label>
          <textarea
            id="article-md"
            wrap="off"
            className="editor"
            rows={26}
            value={markdown}
            spellCheck={false}
            onChange={(event) => setMarkdown(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor="article-sample">Sample log: the signatures run on each line as you type</label>
          <textarea
            id="article-sample"
            className="editor"
            rows={10}
            value={sample}
            spellCheck={false}
            onChange={(event) => setSample(event.target.value)}
          />
          <div className="check" aria-live="polite">
            {check && (check.ok ? <p className="ok">Valid article.</p> : <p className="error">{check.problems.length} problem(s)</p>)}
            <ul className="plain small">
              {check?.problems.map((p, index) => (
                <li key={index} className="error">
                  {p.line ? `line ${p.line}: ` : ""}
                  {p.field ? `${p.field}: ` : ""}
                  {p.message}
                </li>
              ))}
            </ul>
            {sample.trim() && check && (
              <>
                <h3>Matches in the sample ({check.matches.length})</h3>
                <ul className="plain small">
                  {check.matches.map((m, index) => (
                    <li key={index}>
                      <span className="code">{m.signature}</span> line {m.line}: <code>{m.text}</code>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={!check?.ok} onClick={() => void save()}>
          {id ? "Save changes" : "Create article"}
        </button>
        <a href={id ? `#/knowledge/${encodeURIComponent(id)}` : "#/knowledge"}>Cancel</a>
      </div>
    </section>
  );
}
