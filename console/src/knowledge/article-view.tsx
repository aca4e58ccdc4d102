import { age, statusLabel } from "../format.ts";
import { useSession } from "../session.tsx";
import type { ArticleDetail, ArticleTrust } from "../types.ts";
import { useData } from "../use-data.ts";

// Article text is shown as plain text (no HTML rendering); only https links become links.
const safeUrl = (url: string) => (/^https:\/\//i.test(url) ? url : undefined);

/** One article: what is happening, the steps, how to confirm, and the tickets it explained. */
export function ArticleView({ id }: { id: string }) {
  const { isLead } = useSession();
  const article = useData<ArticleDetail>(`/api/v1/kb/articles/${encodeURIComponent(id)}`);
  const trust = useData<ArticleTrust>(`/api/v1/kb/articles/${encodeURIComponent(id)}/trust`);
  const a = article.data;
  if (!a) return <p className={article.error ? "error" : "loading"}>{article.error ?? "Loading…"}</p>;
  return (
    <article className="article" aria-labelledby="article-title">
      <h2 id="article-title">{a.title}</h2>
      <p className="meta">
        <span>{a.area}</span>
        {a.codes.map((code) => (
          <span key={code} className="code">
            {code}
          </span>
        ))}
        <span className="tag">{a.origin}</span>
        {a.origin === "team" && isLead && (
          <a href={`#/knowledge/${encodeURIComponent(a.id)}/edit`}>Edit</a>
        )}
      </p>
      <h3>What is happening</h3>
      <p className="prose">{a.summary}</p>
      <h3>How to fix</h3>
      <ol>
        {a.steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      <h3>How to confirm</h3>
      <p className="prose">{a.confirm}</p>
      <h3>Signatures</h3>
      <ul className="plain">
        {a.signatures.map((s) => (
          <li key={s.id}>
            <span className="code small">{s.id}</span> <code>/{s.pattern}/{s.flags}</code>{" "}
            <TrustBadge estimate={trust.data?.signatures.find((t) => t.id === s.id)} />
          </li>
        ))}
      </ul>
      <p className="small" data-testid="article-trust">
        Proposed on similar words alone: <TrustBadge estimate={trust.data?.article} />
      </p>
      <h3>References</h3>
      <ul className="plain">
        {a.references.map((url) => (
          <li key={url}>
            {safeUrl(url) ? (
              <a href={safeUrl(url)} rel="noreferrer noopener" target="_blank">
                {url}
              </a>
            ) : (
              url
            )}
          </li>
        ))}
      </ul>
      <h3>Tickets it explained ({a.explained})</h3>
      {a.tickets.length === 0 ? (
        <p className="muted small">None yet.</p>
      ) : (
        <ul className="plain">
          {a.tickets.map((t) => (
            <li key={t.id}>
              <a href={`#/tickets/${encodeURIComponent(t.id)}`}>{t.subject || "(no subject)"}</a>{" "}
              <span className="muted small">
                {statusLabel(t.status)} · {age(t.createdAt)} ago
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Learned trust with the counts behind it: how often it proposed a cause and how often it was right. */
function TrustBadge({ estimate }: { estimate: ArticleTrust["article"] | undefined }) {
  if (!estimate) return null;
  if (estimate.fired === 0)
    return <span className="muted small trust">not yet seen on a resolved ticket</span>;
  const direction = estimate.multiplier > 1.005 ? "up" : estimate.multiplier < 0.995 ? "down" : "even";
  return (
    <span
      className={`small trust ${direction}`}
      title={`Stated ${Math.round(estimate.prior * 100)}%; learned ${Math.round(estimate.estimate * 100)}%`}
    >
      fired {estimate.fired} {estimate.fired === 1 ? "time" : "times"}, right {estimate.right} · trust{" "}
      {Math.round(estimate.estimate * 100)}% (×{estimate.multiplier.toFixed(2)})
    </span>
  );
}
