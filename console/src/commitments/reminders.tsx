import { useState } from "react";
import { api } from "../api.ts";
import type { Reminder } from "../types.ts";
import { useData } from "../use-data.ts";

/** The top bar's reminders: "You promised X on ticket Y by Z", each linked to its ticket, dismissable. */
export function Reminders() {
  const reminders = useData<{ items: Reminder[] }>("/api/v1/reminders", 30_000);
  const [open, setOpen] = useState(false);
  const items = reminders.data?.items ?? [];
  if (items.length === 0) return null;
  const dismiss = async (id: string) => {
    await api("POST", `/api/v1/reminders/${encodeURIComponent(id)}/dismiss`).catch(() => undefined);
    await reminders.reload();
  };
  return (
    <span className="reminders">
      <button
        type="button"
        className="reminder-badge"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="reminder-badge"
      >
        Promises due <span className="count">{items.length}</span>
      </button>
      {open && (
        <ul className="reminder-list" aria-label="Reminders">
          {items.map((r) => (
            <li key={r.id}>
              <a href={`#/tickets/${encodeURIComponent(r.ticketId)}`} onClick={() => setOpen(false)}>
                {r.message}
              </a>
              <button type="button" className="link" onClick={() => void dismiss(r.id)}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
