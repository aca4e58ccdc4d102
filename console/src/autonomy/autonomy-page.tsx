import { useState } from "react";
import { api } from "../api.ts";
import { age, percent } from "../format.ts";
import { useSession } from "../session.tsx";
import type { AutonomyCategory, AutonomyList, AutonomyPolicyView } from "../types.ts";
import { useData } from "../use-data.ts";

const LEVEL_LABEL: Record<string, string> = {
  "draft-only": "Draft only",
  hold: "Hold, then send",
  send: "Send at once",
};

/** Earned autonomy: each category's level, the numbers behind it and what it takes to move. */
export function AutonomyPage() {
  const { isLead } = useSession();
  const list = useData<AutonomyList>("/api/v1/autonomy", 30_000);
  const [message, setMessage] = useState<string | null>(null);
  const p = list.data?.policy;
  return (
    <section className="page autonomy" aria-labelledby="autonomy-title">
      <div className="page-head">
        <h1 id="autonomy-title">Autonomy</h1>
        {list.error && <span className="error">{list.error}</span>}
      </div>
      <p className="muted">
        Deckhand earns independence per root cause and kind of reply. Every draft starts with a person
        reviewing it; P1 tickets, escalations and weak diagnoses are always reviewed.
      </p>
      {p && (
        <p className="small">
          To move up one level: {p.minReviews} reviews in {p.windowDays} days since the last change, at least{" "}
          {percent(p.minAcceptedShare)} approved unchanged or with small edits (at most{" "}
          {percent(p.smallEditRatio)} changed), none rejected in the last {p.noRejectionInLast}. Held drafts
          wait {p.holdMinutes} minutes. Confidence floor {percent(p.confidenceFloor)}.
        </p>
      )}
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {isLead && <PolicyForm onSaved={(text) => void list.reload().then(() => setMessage(text))} />}
      {!list.data ? (
        <p className="loading">Loading…</p>
      ) : list.data.items.length === 0 ? (
        <p className="empty">No reviews yet: categories appear as drafts are reviewed.</p>
      ) : (
        <table className="grid autonomy-grid">
          <caption className="sr-only">Categories and their autonomy levels</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Level</th>
              <th scope="col">Accepted</th>
              <th scope="col">Reviews</th>
              <th scope="col">What it takes to move</th>
              {isLead && <th scope="col">Lead override</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <CategoryRow
                key={`${c.cause}|${c.actionKind}`}
                category={c}
                isLead={isLead}
                onChanged={(text) => void list.reload().then(() => setMessage(text))}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CategoryRow({
  category: c,
  isLead,
  onChanged,
}: {
  category: AutonomyCategory;
  isLead: boolean;
  onChanged: (message: string) => void;
}) {
  const n = c.numbers;
  return (
    <tr>
      <th scope="row" className="subject">
        <code>{c.cause}</code>
        <div className="muted small">{c.actionKind}</div>
      </th>
      <td>
        <span className={`level level-${c.level}`}>{LEVEL_LABEL[c.level] ?? c.level}</span>
        {c.override && (
          <div className="small">
            <span className="tag">
              {c.override.kind === "pin" ? "pinned" : "capped"} at {c.override.level}
            </span>{" "}
            earned: {c.earnedLevel}
          </div>
        )}
      </td>
      <td>{n.acceptedShare === null ? "–" : percent(n.acceptedShare)}</td>
      <td className="small">
        {n.reviews} in window · {n.edited} edited · {n.rejected} rejected
        {n.lastRejectionAt && <div className="muted">last rejection {age(n.lastRejectionAt)} ago</div>}
      </td>
      <td className="subject small">
        {c.next.text}
        {c.history.length > 0 && (
          <details>
            <summary>History ({c.history.length})</summary>
            <ol className="history">
              {c.history.map((h) => (
                <li key={`${h.at}-${h.change}`}>
                  <time dateTime={h.at}>{new Date(h.at).toLocaleString()}</time>: {h.change} {h.from} → {h.to}{" "}
                  <span className="muted">({h.reason})</span>
                </li>
              ))}
            </ol>
          </details>
        )}
      </td>
      {isLead && (
        <td>
          <OverrideControl category={c} onChanged={onChanged} />
        </td>
      )}
    </tr>
  );
}

const CHOICES = [
  ["none", "Earned level"],
  ["pin:draft-only", "Pin: draft only"],
  ["pin:hold", "Pin: hold"],
  ["pin:send", "Pin: send"],
  ["cap:draft-only", "Cap: draft only"],
  ["cap:hold", "Cap: hold"],
] as const;

function OverrideControl({
  category: c,
  onChanged,
}: {
  category: AutonomyCategory;
  onChanged: (message: string) => void;
}) {
  const current = c.override ? `${c.override.kind}:${c.override.level}` : "none";
  const [choice, setChoice] = useState(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      const [override, level] = choice.split(":");
      const updated = await api<AutonomyCategory>("PUT", "/api/v1/autonomy/categories", {
        cause: c.cause,
        actionKind: c.actionKind,
        override,
        ...(level ? { level } : {}),
      });
      onChanged(`${c.cause} × ${c.actionKind} is now ${LEVEL_LABEL[updated.level] ?? updated.level}`);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="override">
      <select
        aria-label={`Override for ${c.cause} × ${c.actionKind}`}
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
      >
        {CHOICES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy || choice === current} onClick={() => void apply()}>
        Apply
      </button>
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </div>
  );
}

const FIELDS = [
  ["minReviews", "Reviews needed", 1],
  ["windowDays", "Window (days)", 1],
  ["minAcceptedShare", "Accepted share (0–1)", 0.01],
  ["noRejectionInLast", "No rejection in last", 1],
  ["holdMinutes", "Hold (minutes)", 1],
  ["confidenceFloor", "Confidence floor (0–1)", 0.01],
  ["smallEditRatio", "Small edit (0–1)", 0.01],
] as const;

/** A lead's form for the thresholds; an empty field goes back to the default. */
function PolicyForm({ onSaved }: { onSaved: (message: string) => void }) {
  const view = useData<AutonomyPolicyView>("/api/v1/autonomy/policy");
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const v = view.data;
  if (!v) return null;
  const save = async () => {
    setError(null);
    const input: Record<string, number | null> = {};
    for (const [key] of FIELDS) {
      const text = values[key];
      if (text === undefined) continue;
      input[key] = text.trim() === "" ? null : Number(text);
    }
    try {
      await api("PUT", "/api/v1/autonomy/policy", input);
      setValues({});
      await view.reload();
      onSaved("Policy saved");
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <details className="panel policy">
      <summary>Change the policy</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {FIELDS.map(([key, label, step]) => (
          <label key={key}>
            {label}
            <input
              type="number"
              step={step}
              min={0}
              value={values[key] ?? String(v.policy[key])}
              placeholder={String(v.defaults[key])}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            />
            <span className="muted small">default {v.defaults[key]}</span>
          </label>
        ))}
        <button type="submit" className="primary">
          Save policy
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </details>
  );
}
