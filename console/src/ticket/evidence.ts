import type { Triage } from "../types.ts";
import type { Highlights } from "./log-view.tsx";

/** Every cited line, per source (`body`, `attachment:NAME`, `subject`): line to diagnosis codes. */
export function evidenceBySource(triage: Triage | null): Map<string, Highlights> {
  const sources = new Map<string, Highlights>();
  for (const diagnosis of triage?.diagnoses ?? []) {
    for (const evidence of diagnosis.evidence) {
      if (evidence.line === undefined) continue;
      const lines = sources.get(evidence.source) ?? new Map<number, string[]>();
      const codes = lines.get(evidence.line) ?? [];
      if (!codes.includes(diagnosis.code)) codes.push(diagnosis.code);
      lines.set(evidence.line, codes);
      sources.set(evidence.source, lines);
    }
  }
  return sources;
}

/** Lines a text occupies once line endings are normalised, as the pipeline counts them. */
export const lineCount = (text: string): number => text.replace(/\r\n?/g, "\n").split("\n").length;
