import type { CompiledSignature } from "../../knowledge/knowledge-base.ts";
import type { Doc, DocLine } from "../extract/document.ts";

export interface SignatureHit {
  signature: CompiledSignature;
  line: DocLine;
  /** Position of the line in the document, for "first error wins" ordering. */
  index: number;
  captures: Record<string, string>;
}

const MAX_HITS_PER_SIGNATURE = 3;
const MAX_LINE = 4000;

/**
 * Runs every signature over every line; each signature keeps its first few hits. A line meets a
 * signature's regular expression only when it contains one of the signature's required literals.
 */
export function matchSignatures(doc: Doc, signatures: CompiledSignature[]): SignatureHit[] {
  const hits: SignatureHit[] = [];
  const lower = doc.lines.map((line) => line.text.slice(0, MAX_LINE).toLowerCase());
  for (const signature of signatures) {
    let count = 0;
    const literals = signature.literals;
    for (let index = 0; index < doc.lines.length && count < MAX_HITS_PER_SIGNATURE; index++) {
      const line = doc.lines[index];
      if (!line) continue;
      const text = lower[index] ?? "";
      if (literals && !literals.some((literal) => text.includes(literal))) continue;
      if (!signature.guards.every((set) => set.some((literal) => text.includes(literal)))) continue;
      const match = signature.regex.exec(line.text.slice(0, MAX_LINE));
      if (!match) continue;
      count++;
      const captures: Record<string, string> = {};
      for (const [name, value] of Object.entries(match.groups ?? {})) {
        if (value) captures[name] = value;
      }
      hits.push({ signature, line, index, captures });
    }
  }
  return hits;
}
