import { useState, type ReactNode } from "react";
import type { Overview } from "../types.ts";
import { useData } from "../use-data.ts";
import { HorizontalBars, PALETTE, StackedColumns } from "./charts.tsx";
import { CommitmentsCard } from "../commitments/commitments-card.tsx";

const PRIORITY_COLORS: Record<string, string> = {
  P1: "#dc2626",
  P2: "#ea580c",
  P3: "#2563eb",
  P4: "#6b7280",
  none: "#cbd5e1",
};

function Card({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  return (
    <section className="panel card" aria-label={title}>
      <h2>{title}</h2>
      {empty ? <p className="empty small">No data yet.</p> : children}
    </section>
  );
}

/** The overview: volume by area and priority, first response, draft decisions, corrected diagnoses. */
export function OverviewPage() {
  const [days, setDays] = useState(14);
  const overview = useData<Overview>(`/api/v1/overview?days=${days}`, 30_000);
  const o = overview.data;
  return (
    <section className="page overview" aria-labelledby="overview-title">
      <div className="page-head">
        <h1 id="overview-title">Overview</h1>
        <label>
          Period{" "}
          <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
            <option value={7}>7 days</option>
            <option value={14}>14 days</option>
            <option value={30}>30 days</option>
            <option value={90}>90 days</option>
          </select>
        </label>
        {overview.error && <span className="error">{overview.error}</span>}
      </div>
      {!o ? (
        <p className="loading">Loading…</p>
      ) : (
        <div className="cards">
          <Card title="Tickets by area" empty={o.byArea.length === 0}>
            <StackedColumns
              label="Tickets a day by area"
              days={o.days}
              series={o.byArea.map((s, i) => ({
                key: s.area,
                counts: s.counts,
                color: PALETTE[i % PALETTE.length] ?? "#888",
              }))}
            />
          </Card>
          <Card title="Tickets by priority" empty={o.byPriority.length === 0}>
            <StackedColumns
              label="Tickets a day by priority"
              days={o.days}
              series={o.byPriority.map((s) => ({
                key: s.priority,
                counts: s.counts,
                color: PRIORITY_COLORS[s.priority] ?? "#888",
              }))}
            />
          </Card>
          <Card title="Time to first response" empty={o.firstResponse.medianMinutes === null}>
            <p className="big">
              {o.firstResponse.medianMinutes === null
                ? "–"
                : `${Math.round(o.firstResponse.medianMinutes)} min`}
              <span className="muted small"> median</span>
            </p>
            <HorizontalBars
              label="Tickets by time to first response"
              rows={o.firstResponse.buckets.map((b) => ({
                key: b.key,
                parts: [{ label: "tickets", value: b.count, color: "#0d9488" }],
              }))}
            />
          </Card>
          <Card title="Drafts: approved unchanged, edited, rejected" empty={o.drafts.length === 0}>
            <HorizontalBars
              share
              label="Draft decisions by area"
              rows={o.drafts.map((d) => ({
                key: d.area,
                parts: [
                  { label: "unchanged", value: d.unchanged, color: "#16a34a" },
                  { label: "edited", value: d.edited, color: "#d97706" },
                  { label: "rejected", value: d.rejected, color: "#dc2626" },
                ],
              }))}
            />
          </Card>
          <Card title="Diagnoses later corrected" empty={o.corrected.length === 0}>
            <HorizontalBars
              label="Drafts rejected for a wrong diagnosis, by code"
              rows={o.corrected.map((c) => ({
                key: c.key,
                parts: [{ label: "corrected", value: c.count, color: "#7c3aed" }],
              }))}
            />
          </Card>
          <CommitmentsCard days={days} />
        </div>
      )}
    </section>
  );
}
