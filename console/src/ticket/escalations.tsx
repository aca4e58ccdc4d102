import { age } from "../format.ts";
import { Redacted } from "../redacted.tsx";
import type { Escalation } from "../types.ts";

/** The ticket's escalations: team, where the handoff went, the linked issue's state and fix. */
export function Escalations({ escalations }: { escalations: Escalation[] }) {
  if (escalations.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="esc-title">
      <h2 id="esc-title">Escalations</h2>
      <ul className="plain">
        {escalations.map((e) => (
          <li key={e.id} data-testid="escalation">
            <strong>{e.team}</strong> · {e.status} · {age(e.createdAt)} ago
            <div className="links small">
              {e.github && <GithubLink github={e.github} />}
              {e.slack && (
                <span className={`link-status ${e.slack.status}`} title={e.slack.error ?? undefined}>
                  Slack{" "}
                  {e.slack.status === "posted"
                    ? "posted ✓"
                    : e.slack.status === "failed"
                      ? "failed ✗"
                      : "posting…"}
                </span>
              )}
              {e.fixedVersion && <span className="link-status posted">fixed in {e.fixedVersion}</span>}
            </div>
            <details>
              <summary>Handoff</summary>
              <pre className="handoff">
                <Redacted text={e.reason} />
              </pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

function GithubLink({ github }: { github: NonNullable<Escalation["github"]> }) {
  if (github.url && /^https:\/\//.test(github.url))
    return (
      <span className="link-status posted">
        <a href={github.url} target="_blank" rel="noreferrer noopener">
          {github.repo ?? "GitHub"}#{github.number}
        </a>{" "}
        · issue {github.state ?? "open"}
      </span>
    );
  if (github.url)
    return (
      <span className="link-status posted">
        {github.repo ?? "GitHub"}#{github.number} · issue {github.state ?? "open"}
      </span>
    );
  return (
    <span className={`link-status ${github.status}`} title={github.error ?? undefined}>
      GitHub{" "}
      {github.status === "failed"
        ? `failed ✗${github.error ? `: ${github.error}` : ""}`
        : "issue being opened…"}
    </span>
  );
}
