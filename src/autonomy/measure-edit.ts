import { createPatch, diffWords } from "diff";

/** Longest diff kept with a review; a longer one is cut (the ratio is still exact). */
const MAX_DIFF_CHARS = 100_000;
/** Diffing gives up after this long; a rewrite that expensive counts as entirely changed. */
const DIFF_TIMEOUT_MS = 250;

export interface EditMeasure {
  /** A unified diff of the draft against the reply as sent, or null when it took too long. */
  diff: string | null;
  /** Non-blank characters added plus removed, as a share of the draft's (at most 1). */
  ratio: number;
}

const visible = (text: string): number => text.replace(/\s+/g, "").length;

/** How much a person changed a draft before sending it: word diff for the size, unified diff to read. */
export function measureEdit(draft: string, sent: string): EditMeasure {
  const changes = diffWords(draft, sent, { timeout: DIFF_TIMEOUT_MS });
  const changed = changes
    ? changes.filter((c) => c.added || c.removed).reduce((sum, c) => sum + visible(c.value), 0)
    : Infinity;
  const ratio = Math.min(1, changed / Math.max(1, visible(draft)));
  const patch = createPatch("reply", draft, sent, "as drafted", "as sent", { timeout: DIFF_TIMEOUT_MS });
  const diff =
    patch === undefined
      ? null
      : patch.length > MAX_DIFF_CHARS
        ? `${patch.slice(0, MAX_DIFF_CHARS)}\n… (diff cut at ${MAX_DIFF_CHARS} characters)`
        : patch;
  return { diff, ratio: Math.round(ratio * 10_000) / 10_000 };
}
