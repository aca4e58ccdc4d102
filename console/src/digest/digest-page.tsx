import { useState, type FormEvent } from "react";
import { api } from "../api.ts";
import { useSession } from "../session.tsx";
import type { Digest, DigestSummary } from "../types.ts";
import { useData } from "../use-data.ts";
import { DigestView } from "./digest-view.tsx";

const DAY_MS = 86_400_000;

/** A period by its first and last day (its end is exclusive), as the Markdown titles it. */
function periodLabel(start: string, end: string): string {
  const last = new Date(Date.parse(end) - 1).toISOString().slice(0, 10);
  return start.slice(0, 10) === last ? last : `${start.slice(0, 10)} to ${last}`;
}

/** The team digest: pick a stored period, read it, copy its Markdown; leads generate one now. */
export function DigestPage() {
  const { isLead } = useSession();
  const [id, setId] = useState<string | null>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The end is exclusive: up to tomorrow includes today's tickets.
  const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
  const [since, setSince] = useState(day(-6));
  const [until, setUntil] = useState(day(1));
  const list = useData<{ items: DigestSummary[] }>("/api/v1/digests");
  const digest = useData<Digest>(id ? `/api/v1/digests/${encodeURIComponent(id)}` : "/api/v1/digests/latest");
  const d = digest.data && (!id || digest.data.id === id) ? digest.data : null;

  const generate = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const made = await api<Digest>("POST", "/api/v1/digests", { since, until });
      await list.reload();
      setId(made.id);
      setCopy("idle");
    } catch (caught) {
      setFailure((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const copyMarkdown = async () => {
    if (!d) return;
    try {
      await navigator.clipboard.writeText(d.markdown);
      setCopy("copied");
    } catch {
      setCopy("manual");
    }
  };

  return (
    <section className="page digest-page" aria-labelledby="digest-title">
      <div className="page-head">
        <h1 id="digest-title">Digest</h1>
        <label>
          Period{" "}
          <select
            value={id ?? ""}
            onChange={(event) => {
              setId(event.target.value || null);
              setCopy("idle");
            }}
          >
            <option value="">latest</option>
            {(list.data?.items ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {periodLabel(item.periodStart, item.periodEnd)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={!d} onClick={() => void copyMarkdown()}>
          Copy Markdown
        </button>
        {copy === "copied" && (
          <span className="muted small" role="status">
            Copied.
          </span>
        )}
      </div>
      {isLead && (
        <form className="filters digest-generate" onSubmit={(event) => void generate(event)}>
          <label>
            From{" "}
            <input
              type="date"
              value={since}
              max={until}
              onChange={(e) => setSince(e.target.value)}
              required
            />
          </label>
          <label>
            until (not included){" "}
            <input
              type="date"
              value={until}
              min={since}
              onChange={(e) => setUntil(e.target.value)}
              required
            />
          </label>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? "Generating…" : "Generate now"}
          </button>
          {failure && <span className="error">{failure}</span>}
        </form>
      )}
      {copy === "manual" && d && (
        <label className="digest-markdown">
          Copying was not allowed here; select the Markdown and copy it:
          <textarea readOnly value={d.markdown} rows={12} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {d ? (
        <>
          <p className="muted">
            {periodLabel(d.periodStart, d.periodEnd)}, compared with{" "}
            {periodLabel(d.data.previous.start, d.data.previous.end)} · made{" "}
            {d.createdAt.slice(0, 16).replace("T", " ")} UTC
          </p>
          <DigestView data={d.data} />
        </>
      ) : digest.error ? (
        <p className="empty">
          {digest.error === "no digest yet"
            ? "No digest yet: one is made every week, or a lead can generate one now."
            : digest.error}
        </p>
      ) : (
        <p className="loading">Loading…</p>
      )}
    </section>
  );
}
