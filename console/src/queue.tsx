import { useEffect, useMemo, useRef, useState } from "react";
import { query } from "./api.ts";
import { Filters, type QueueFilters } from "./queue-filters.tsx";
import { age, percent, statusLabel } from "./format.ts";
import { go } from "./route.ts";
import { useSession } from "./session.tsx";
import { SlaBadge } from "./sla/sla-badge.tsx";
import type { Engineer, Page, TicketSummary } from "./types.ts";
import { useData } from "./use-data.ts";

const POLL_MS = 5000;
const EMPTY: QueueFilters = { area: "", status: "", priority: "", assignee: "", search: "" };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

/** The queue: open tickets, most urgent first, with filters, search, j/k/enter and live refresh. */
export function QueuePage() {
  const { engineer } = useSession();
  const [filters, setFilters] = useState<QueueFilters>(EMPTY);
  const [cursor, setCursor] = useState(0);
  const path = `/api/v1/queue${query({ limit: 200, sort: "sla", area: filters.area, status: filters.status, priority: filters.priority })}`;
  const queue = useData<Page<TicketSummary>>(path, POLL_MS);
  const engineers = useData<{ items: Engineer[] }>("/api/v1/engineers");
  const names = useMemo(
    () => new Map((engineers.data?.items ?? []).map((e) => [e.id, e.name])),
    [engineers.data],
  );
  const rows = useMemo(() => {
    const needle = filters.search.trim().toLowerCase();
    return (queue.data?.items ?? []).filter((t) => {
      if (filters.assignee === "me" && t.assigneeId !== engineer.id) return false;
      if (filters.assignee === "none" && t.assigneeId !== null) return false;
      if (filters.assignee && !["me", "none"].includes(filters.assignee) && t.assigneeId !== filters.assignee)
        return false;
      if (!needle) return true;
      return [t.subject, t.org, t.topCode, t.id, t.externalId, t.area].some((field) =>
        field?.toLowerCase().includes(needle),
      );
    });
  }, [queue.data, filters, engineer.id]);
  const table = useRef<HTMLTableSectionElement>(null);
  const selected = Math.min(cursor, Math.max(rows.length - 1, 0));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (event.key === "j") setCursor(Math.min(selected + 1, rows.length - 1));
      else if (event.key === "k") setCursor(Math.max(selected - 1, 0));
      else if (event.key === "Enter" && rows[selected]) go(`#/tickets/${rows[selected].id}`);
      else if (event.key === "/") {
        event.preventDefault();
        document.getElementById("queue-search")?.focus();
        return;
      } else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows, selected]);
  useEffect(() => {
    table.current?.querySelector(`[data-index="${selected}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  return (
    <section className="page queue" aria-labelledby="queue-title">
      <div className="page-head">
        <h1 id="queue-title">Queue</h1>
        <span className="muted" aria-live="polite">
          {queue.data ? `${rows.length} open` : "loading…"}
          {queue.error && <span className="error"> · {queue.error}</span>}
        </span>
        <span className="hint muted">
          <kbd>j</kbd> <kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>/</kbd> search
        </span>
      </div>
      <Filters value={filters} onChange={setFilters} engineers={engineers.data?.items ?? []} />
      <table className="grid" aria-label="Open tickets, most urgent first">
        <thead>
          <tr>
            <th scope="col">Pri</th>
            <th scope="col">SLA</th>
            <th scope="col">Ticket</th>
            <th scope="col">Customer</th>
            <th scope="col">Area</th>
            <th scope="col">Status</th>
            <th scope="col">Top diagnosis</th>
            <th scope="col">Conf.</th>
            <th scope="col">Assignee</th>
            <th scope="col">Age</th>
          </tr>
        </thead>
        <tbody ref={table}>
          {rows.map((t, index) => (
            <tr
              key={t.id}
              data-index={index}
              className={index === selected ? "selected" : undefined}
              aria-current={index === selected ? "true" : undefined}
              onClick={() => go(`#/tickets/${t.id}`)}
            >
              <td>
                <span className={`pri ${t.priority ?? "none"}`}>{t.priority ?? "–"}</span>
              </td>
              <td>
                <SlaBadge timer={t.sla} />
              </td>
              <td className="subject">
                <a href={`#/tickets/${encodeURIComponent(t.id)}`} onFocus={() => setCursor(index)}>
                  {t.subject || "(no subject)"}
                </a>
              </td>
              <td>{t.org}</td>
              <td>{t.area ?? "–"}</td>
              <td>
                <span className={`status ${t.status}`}>{statusLabel(t.status)}</span>
              </td>
              <td className="code">{t.topCode ?? <span className="muted">no diagnosis</span>}</td>
              <td>
                <Confidence value={t.topConfidence} />
              </td>
              <td>
                {t.assigneeId ? (names.get(t.assigneeId) ?? "someone") : <span className="muted">–</span>}
              </td>
              <td title={t.createdAt}>{age(t.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {queue.data && rows.length === 0 && <p className="empty">Nothing here. The queue is clear.</p>}
    </section>
  );
}

/** A small bar and the number, for a confidence in [0, 1]. */
export function Confidence({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">–</span>;
  return (
    <span className="confidence" title={`confidence ${percent(value)}`}>
      <span className="bar" aria-hidden="true">
        <span style={{ width: percent(value) }} />
      </span>
      {percent(value)}
    </span>
  );
}
