/** Small hand-made SVG charts: stacked columns over days, and horizontal bars. */

export const PALETTE = [
  "#2563eb",
  "#0d9488",
  "#d97706",
  "#7c3aed",
  "#db2777",
  "#65a30d",
  "#0891b2",
  "#dc2626",
  "#4b5563",
  "#ca8a04",
  "#9333ea",
  "#059669",
];

export interface Series {
  key: string;
  counts: number[];
  color: string;
}

function Legend({ items }: { items: { key: string; color: string }[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.key}>
          <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.key}
        </li>
      ))}
    </ul>
  );
}

/** Stacked columns, one a day; the figure's text alternative gives each day's total. */
export function StackedColumns({ days, series, label }: { days: string[]; series: Series[]; label: string }) {
  const width = 560;
  const height = 160;
  const totals = days.map((_, i) => series.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = width / days.length;
  const bar = Math.max(2, step * 0.7);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height + 18}`}
        role="img"
        aria-label={`${label}: ${days.map((d, i) => `${d.slice(5)} ${totals[i]}`).join(", ")}`}
      >
        <line x1={0} x2={width} y1={height} y2={height} className="axis" />
        {days.map((day, i) => {
          let y = height;
          return (
            <g key={day}>
              {series.map((s) => {
                const value = s.counts[i] ?? 0;
                const h = (value / max) * (height - 8);
                y -= h;
                return value ? (
                  <rect
                    key={s.key}
                    x={i * step + (step - bar) / 2}
                    y={y}
                    width={bar}
                    height={h}
                    fill={s.color}
                  >
                    <title>{`${day} · ${s.key}: ${value}`}</title>
                  </rect>
                ) : null;
              })}
              {(i % Math.ceil(days.length / 7) === 0 || i === days.length - 1) && (
                <text x={i * step + step / 2} y={height + 14} textAnchor="middle" className="tick">
                  {day.slice(5)}
                </text>
              )}
            </g>
          );
        })}
        <text x={2} y={10} className="tick">
          {max}
        </text>
      </svg>
      <Legend items={series} />
    </figure>
  );
}

export interface Bar {
  key: string;
  parts: { label: string; value: number; color: string }[];
}

/** Horizontal bars, one a row, each split into parts; `share` draws every row as 100%. */
export function HorizontalBars({
  rows,
  label,
  share = false,
}: {
  rows: Bar[];
  label: string;
  share?: boolean;
}) {
  const width = 560;
  const labelWidth = Math.min(260, Math.max(70, ...rows.map((r) => r.key.length * 6.6 + 10)));
  const rowHeight = 22;
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  const legend =
    rows[0]?.parts.length && rows[0].parts.length > 1
      ? rows[0].parts.map((p) => ({ key: p.label, color: p.color }))
      : [];
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 4}`}
        role="img"
        aria-label={`${label}: ${rows.map((r) => `${r.key} ${r.parts.map((p) => `${p.label} ${p.value}`).join(" ")}`).join("; ")}`}
      >
        {rows.map((row, index) => {
          const total = row.parts.reduce((s, p) => s + p.value, 0);
          const scale = (width - labelWidth - 40) / (share ? Math.max(total, 1) : max);
          let x = labelWidth;
          return (
            <g key={row.key} transform={`translate(0 ${index * rowHeight})`}>
              <text x={labelWidth - 6} y={15} textAnchor="end" className="tick">
                {row.key}
              </text>
              {row.parts.map((part) => {
                const w = part.value * scale;
                x += w;
                return part.value ? (
                  <rect key={part.label} x={x - w} y={3} width={w} height={rowHeight - 6} fill={part.color}>
                    <title>{`${row.key} · ${part.label}: ${part.value}${share ? ` (${Math.round((part.value / total) * 100)}%)` : ""}`}</title>
                  </rect>
                ) : null;
              })}
              <text x={x + 4} y={15} className="tick">
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      {legend.length > 0 && <Legend items={legend} />}
    </figure>
  );
}
