import { isErrorLine } from "../pipeline/extract/error-lines.ts";

/** The fact the extract stage stores for the first error line the customer pasted. */
export const ERROR_FACT = "error.full-message";

/** The parts of a stored triage result this reads (it is stored as JSON text). */
interface StoredTriage {
  facts?: Record<string, unknown>;
  diagnoses?: { evidence?: { text?: unknown }[] }[];
}

/** Longest error line kept for display; the key is computed from the same bounded text. */
export const MAX_ERROR_LINE = 300;

/**
 * The ticket's first meaningful error line: the engineer-reviewed line of its outcome, else the
 * error line the extract stage found, else the first evidence line that reads as an error.
 */
export function errorLineOf(triageJson: string | null, keyErrorLine?: string | null): string | null {
  const bound = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, MAX_ERROR_LINE) || null;
  if (keyErrorLine?.trim()) return bound(keyErrorLine);
  if (!triageJson) return null;
  let result: StoredTriage;
  try {
    result = JSON.parse(triageJson) as StoredTriage;
  } catch {
    return null;
  }
  const fact = result.facts?.[ERROR_FACT];
  if (typeof fact === "string" && fact.trim()) return bound(fact);
  for (const diagnosis of result.diagnoses ?? [])
    for (const evidence of diagnosis.evidence ?? [])
      if (
        typeof evidence.text === "string" &&
        isErrorLine({ source: "evidence", line: 1, text: evidence.text })
      )
        return bound(evidence.text);
  return null;
}
