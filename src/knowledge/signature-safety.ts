import { backtrackingRisk } from "./backtracking.ts";
import type { HealthySample } from "./coverage.ts";
import { generaliseLine } from "./generalise-signature.ts";
import { requiredLiterals } from "./literals.ts";

/** A learned pattern needs this many letters and digits of its own, or it would match too much. */
export const MIN_LITERAL_CHARS = 16;
const MAX_LINE = 4000;

export interface SafetyInput {
  pattern: string;
  flags?: string;
  /** The customer's line the pattern was learned from: it must match. */
  line: string;
  /** Logs of things going right: it must match none of their lines. */
  healthy: HealthySample[];
  /** Letters and digits the pattern requires literally (see `generaliseLine`). */
  literalChars?: number;
}

/** Why a learned pattern is unsafe to put into the knowledge base, or null when it is safe. */
export function signatureRisk({ pattern, flags = "iu", line, healthy, literalChars }: SafetyInput): string | null {
  const risk = backtrackingRisk(pattern, flags);
  if (risk) return risk;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags);
  } catch (error) {
    return `invalid pattern: ${(error as Error).message}`;
  }
  if (literalChars !== undefined && literalChars < MIN_LITERAL_CHARS)
    return `too broad: only ${literalChars} literal letters and digits (at least ${MIN_LITERAL_CHARS})`;
  if (!requiredLiterals(pattern, flags))
    return "too broad: no fixed fragment of three or more characters every match must contain";
  if (!regex.test(line.slice(0, MAX_LINE))) return "does not match the line it was learned from";
  for (const sample of healthy) {
    const lines = sample.text.split(/\r?\n/);
    const index = lines.findIndex((text) => regex.test(text.slice(0, MAX_LINE)));
    if (index >= 0) return `matches a healthy log: ${sample.name}:${index + 1}`;
  }
  return null;
}

export type ProposedSignature =
  | { ok: true; pattern: string; template: string }
  | { ok: false; pattern: string; template: string; reason: string };

/**
 * Learns a signature from one error line: the readable form first, then one whose spaces allow
 * any whitespace; refused (with the reason) when neither passes the safety check.
 */
export function proposeSignature(line: string, healthy: HealthySample[]): ProposedSignature {
  let first: ProposedSignature | null = null;
  for (const flexibleSpace of [false, true]) {
    const { pattern, template, literalChars } = generaliseLine(line, { flexibleSpace });
    const reason = signatureRisk({ pattern, line, healthy, literalChars });
    if (!reason) return { ok: true, pattern, template };
    first ??= { ok: false, pattern, template, reason };
  }
  return first as ProposedSignature;
}
