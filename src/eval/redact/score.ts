import type { RedactionSpan } from "../../pipeline/redact/redact.ts";
import type { CorpusItem } from "./generate-corpus.ts";

export interface KindScore {
  kind: string;
  labelled: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface RedactReport {
  kinds: KindScore[];
  overall: KindScore;
  /** "labelled kind -> reported kind": how often a found secret was reported under another kind. */
  confusions: Map<string, number>;
  /** Recall by disguise (plain, ansi, json, percent, wrap, crlf, emoji). */
  evasions: Map<string, { labelled: number; found: number }>;
  /** A few false positives and misses, to read. */
  examples: string[];
}

const covers = (span: RedactionSpan, start: number, end: number): boolean =>
  span.start <= start && span.end >= end;

/**
 * Scores spans per secret: a labelled secret is found when one span covers it (whatever its kind);
 * a span that covers no labelled secret is a false positive.
 */
export function scoreRedaction(items: CorpusItem[], results: RedactionSpan[][]): RedactReport {
  const kinds = new Map<string, KindScore>();
  const score = (kind: string): KindScore => {
    const existing = kinds.get(kind);
    if (existing) return existing;
    const fresh = { kind, labelled: 0, found: 0, predicted: 0, correct: 0 };
    kinds.set(kind, fresh);
    return fresh;
  };
  const confusions = new Map<string, number>();
  const evasions = new Map<string, { labelled: number; found: number }>();
  const examples: string[] = [];
  items.forEach((item, i) => {
    const spans = results[i] ?? [];
    const evasion = evasions.get(item.evasion) ?? { labelled: 0, found: 0 };
    evasions.set(item.evasion, evasion);
    for (const secret of item.secrets) {
      const s = score(secret.kind);
      s.labelled++;
      evasion.labelled++;
      const hit = spans.find((span) => covers(span, secret.start, secret.end));
      if (!hit) {
        if (examples.length < 40)
          examples.push(
            `MISS ${secret.kind}: ${JSON.stringify(item.text.slice(Math.max(0, secret.start - 40), secret.end + 10))}`,
          );
        continue;
      }
      s.found++;
      evasion.found++;
      if (hit.kind !== secret.kind) {
        const key = `${secret.kind} -> ${hit.kind}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    }
    for (const span of spans) {
      const s = score(span.kind);
      s.predicted++;
      if (item.secrets.some((secret) => covers(span, secret.start, secret.end))) s.correct++;
      else if (examples.length < 80)
        examples.push(
          `FP ${span.kind}: ${JSON.stringify(item.text.slice(Math.max(0, span.start - 30), span.end + 10))}`,
        );
    }
  });
  const all = [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  const overall = all.reduce(
    (sum, k) => ({
      ...sum,
      labelled: sum.labelled + k.labelled,
      found: sum.found + k.found,
      predicted: sum.predicted + k.predicted,
      correct: sum.correct + k.correct,
    }),
    { kind: "OVERALL", labelled: 0, found: 0, predicted: 0, correct: 0 },
  );
  return { kinds: all, overall, confusions, evasions, examples };
}

const pct = (num: number, den: number): string =>
  den === 0 ? "   -  " : `${((100 * num) / den).toFixed(1).padStart(5)}%`;

/** Formats the report as a fixed-width table, one kind a row, overall last. */
export function formatReport(report: RedactReport): string {
  const row = (k: KindScore): string =>
    `${k.kind.padEnd(36)} ${String(k.labelled).padStart(6)} ${pct(k.found, k.labelled)} ${String(k.predicted).padStart(6)} ${pct(k.correct, k.predicted)}`;
  const lines = [
    `${"kind".padEnd(36)} ${"secrets".padStart(6)} recall  ${"spans".padStart(6)} precision`,
    ...report.kinds.map(row),
    row(report.overall),
  ];
  lines.push("", "recall by disguise:");
  for (const [name, e] of report.evasions)
    if (e.labelled > 0)
      lines.push(`  ${name.padEnd(10)} ${String(e.labelled).padStart(6)} ${pct(e.found, e.labelled)}`);
  if (report.confusions.size > 0) {
    lines.push("", "kind confusions (labelled -> reported):");
    for (const [pair, count] of [...report.confusions].sort((a, b) => b[1] - a[1]))
      lines.push(`  ${pair}: ${count}`);
  }
  return lines.join("\n");
}
