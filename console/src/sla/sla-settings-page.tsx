import { useEffect, useState } from "react";
import { api } from "../api.ts";
import { useSession } from "../session.tsx";
import type { SlaSettings, SlaSettingsOut } from "../types.ts";
import { useData } from "../use-data.ts";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const TARGETS = [
  ["firstResponseMinutes", "First response"],
  ["nextUpdateMinutes", "Next update"],
  ["resolutionMinutes", "Resolution"],
] as const;

/** SLA settings: the calendar, per-plan targets, warnings and waiting on the customer; leads edit. */
export function SlaSettingsPage() {
  const { isLead } = useSession();
  const stored = useData<SlaSettingsOut>("/api/v1/sla/settings");
  const [draft, setDraft] = useState<SlaSettings | null>(null);
  const [holidays, setHolidays] = useState("");
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    if (!stored.data) return;
    setDraft(stored.data.settings);
    setHolidays(stored.data.settings.calendar.holidays.join("\n"));
  }, [stored.data]);
  if (!draft) return <p className={stored.error ? "error page" : "loading"}>{stored.error ?? "Loading…"}</p>;
  const calendar = draft.calendar;
  const setCalendar = (patch: Partial<SlaSettings["calendar"]>) =>
    setDraft({ ...draft, calendar: { ...calendar, ...patch } });
  const setPolicy = (index: number, patch: Partial<SlaSettings["policies"][number]>) =>
    setDraft({ ...draft, policies: draft.policies.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const save = async () => {
    const settings = {
      ...draft,
      calendar: { ...calendar, holidays: holidays.split(/\s+/).filter(Boolean) },
    };
    try {
      await api("PUT", "/api/v1/sla/settings", settings);
      setNotice({ text: "Saved. Open tickets' timers are being recomputed.", error: false });
      await stored.reload();
    } catch (error) {
      setNotice({ text: (error as Error).message, error: true });
    }
  };
  return (
    <section className="page sla-settings" aria-labelledby="sla-settings-title">
      <div className="page-head">
        <h1 id="sla-settings-title">SLA</h1>
        <span className="muted small">
          {stored.data?.updatedAt
            ? `changed ${new Date(stored.data.updatedAt).toLocaleString()}`
            : "built-in defaults"}
        </span>
      </div>
      <fieldset disabled={!isLead} className="panel">
        <legend>Business calendar</legend>
        <label>
          Time zone{" "}
          <input value={calendar.timeZone} onChange={(e) => setCalendar({ timeZone: e.target.value })} />
        </label>
        <label>
          From{" "}
          <input value={calendar.start} onChange={(e) => setCalendar({ start: e.target.value })} size={5} />
        </label>
        <label>
          to <input value={calendar.end} onChange={(e) => setCalendar({ end: e.target.value })} size={5} />
        </label>
        <span role="group" aria-label="Working days">
          {DAYS.map((day, i) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={calendar.workingDays.includes(i + 1)}
                onChange={(e) =>
                  setCalendar({
                    workingDays: e.target.checked
                      ? [...calendar.workingDays, i + 1].sort()
                      : calendar.workingDays.filter((d) => d !== i + 1),
                  })
                }
              />
              {day}
            </label>
          ))}
        </span>
        <label className="block">
          Holidays (one date a line, YYYY-MM-DD)
          <textarea rows={3} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        </label>
      </fieldset>
      <fieldset disabled={!isLead} className="panel">
        <legend>Targets (minutes)</legend>
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Priority</th>
              <th scope="col">Hours</th>
              {TARGETS.map(([, label]) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.policies.map((p, i) => (
              <tr key={`${p.plan}-${p.priority}`}>
                <td>{p.plan}</td>
                <td>{p.priority}</td>
                <td>
                  <select
                    aria-label={`${p.plan} ${p.priority} hours`}
                    value={p.hours}
                    onChange={(e) => setPolicy(i, { hours: e.target.value as "business" | "24x7" })}
                  >
                    <option value="business">business</option>
                    <option value="24x7">24x7</option>
                  </select>
                </td>
                {TARGETS.map(([key, label]) => (
                  <td key={key}>
                    <input
                      type="number"
                      min={1}
                      aria-label={`${p.plan} ${p.priority} ${label}`}
                      value={p[key]}
                      onChange={(e) => setPolicy(i, { [key]: Number(e.target.value) })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset disabled={!isLead} className="panel">
        <legend>Warnings and waiting on the customer</legend>
        <label>
          Warn at % of target{" "}
          <input
            type="number"
            min={1}
            max={99}
            value={draft.warning.percent}
            onChange={(e) =>
              setDraft({ ...draft, warning: { ...draft.warning, percent: Number(e.target.value) } })
            }
          />
        </label>
        <label>
          Nudge after business days{" "}
          <input
            type="number"
            step={0.5}
            value={draft.waiting.nudgeAfterBusinessDays}
            onChange={(e) =>
              setDraft({
                ...draft,
                waiting: { ...draft.waiting, nudgeAfterBusinessDays: Number(e.target.value) },
              })
            }
          />
        </label>
        <label>
          Close after business days{" "}
          <input
            type="number"
            step={0.5}
            value={draft.waiting.closeAfterBusinessDays}
            onChange={(e) =>
              setDraft({
                ...draft,
                waiting: { ...draft.waiting, closeAfterBusinessDays: Number(e.target.value) },
              })
            }
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.waiting.autoClose}
            onChange={(e) =>
              setDraft({ ...draft, waiting: { ...draft.waiting, autoClose: e.target.checked } })
            }
          />{" "}
          Close automatically (send the closure notice without review)
        </label>
      </fieldset>
      {isLead ? (
        <button type="button" className="primary" onClick={() => void save()}>
          Save SLA settings
        </button>
      ) : (
        <p className="muted small">Only leads change the SLA.</p>
      )}
      {notice && (
        <p role={notice.error ? "alert" : "status"} className={notice.error ? "notice error" : "notice"}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
