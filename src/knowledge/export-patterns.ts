import type { CompiledSignature } from "./knowledge-base.ts";

const NEEDLESS_ESCAPE = /^[/'"@#%&~`!,:;<>=-]$/;

export interface ExportedPatterns {
  patterns: string[];
  skipped: { id: string; reason: string }[];
}

/**
 * Rewrites signatures for ripgrep's regex engine (Rust syntax, as in ripgrep 13): named groups as
 * `(?P<name>...)`, flags inline, needless escapes removed. Lookaround and backreferences have no
 * Rust equivalent, so those signatures are skipped and listed.
 */
export function exportForRipgrep(signatures: CompiledSignature[]): ExportedPatterns {
  const patterns: string[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const signature of signatures) {
    const id = `${signature.article.id}#${signature.id}`;
    const source = signature.pattern;
    if (/\(\?<?[=!]/.test(source)) {
      skipped.push({ id, reason: "lookaround" });
      continue;
    }
    if (/\\[1-9]|\\k</.test(source)) {
      skipped.push({ id, reason: "backreference" });
      continue;
    }
    // Names are for replies, not for grep; duplicates across patterns are an error when rg joins them.
    const rust = source
      .replace(/\(\?<[A-Za-z]\w*>/g, "(?:")
      // Escapes are read pairwise, so an escaped backslash stays one; Rust refuses needless escapes.
      .replace(/\\([\s\S])/g, (pair, char: string) => (NEEDLESS_ESCAPE.test(char) ? char : pair));
    patterns.push(signature.flags.includes("i") ? `(?i)${rust}` : rust);
  }
  return { patterns, skipped };
}
