import type { ReactNode } from "react";
import { lineId } from "../format.ts";
import { Redacted } from "../redacted.tsx";

/** Evidence lines of a source: line number to the diagnosis codes that cite it. */
export type Highlights = Map<number, string[]>;

interface Props {
  source: string;
  text: string;
  /** Number of the first line (messages after the first continue the body's numbering). */
  startLine?: number;
  highlights: Highlights;
  label: string;
}

const FULL_LIMIT = 3000;
const CONTEXT = 15;

/** Which lines to show: all of a normal log; of a huge one, its start, end and the evidence. */
function visibleLines(count: number, start: number, highlights: Highlights): Set<number> | null {
  if (count <= FULL_LIMIT) return null;
  const keep = new Set<number>();
  for (let i = 0; i < 300; i++) keep.add(start + i);
  for (let i = count - 50; i < count; i++) keep.add(start + i);
  for (const line of highlights.keys()) for (let n = line - CONTEXT; n <= line + CONTEXT; n++) keep.add(n);
  return keep;
}

/** Pasted text as a log: monospace, numbered, long lines wrapped, evidence highlighted. */
export function LogView({ source, text, startLine = 1, highlights, label }: Props) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const keep = visibleLines(lines.length, startLine, highlights);
  const rows: ReactNode[] = [];
  let hidden = 0;
  lines.forEach((content, index) => {
    const n = startLine + index;
    if (keep && !keep.has(n)) {
      hidden++;
      return;
    }
    if (hidden > 0) {
      rows.push(
        <div key={`gap-${n}`} className="gap">
          … {hidden} lines not shown …
        </div>,
      );
      hidden = 0;
    }
    const codes = highlights.get(n);
    rows.push(
      <div
        key={n}
        id={lineId(source, n)}
        className={codes ? "ln hit" : "ln"}
        data-evidence={codes?.join(" ")}
        tabIndex={codes ? -1 : undefined}
      >
        <span className="no" aria-hidden="true">
          {n}
        </span>
        <span className="tx">
          {codes && <span className="sr-only">Evidence for {codes.join(", ")}: </span>}
          <Redacted text={content} />
        </span>
      </div>,
    );
  });
  if (hidden > 0)
    rows.push(
      <div key="gap-end" className="gap">
        … {hidden} lines not shown …
      </div>,
    );
  return (
    <div className="log" role="region" aria-label={label}>
      {rows}
    </div>
  );
}
