import type { CompiledSignature } from "../../knowledge/knowledge-base.ts";
import type { Doc, DocLine } from "../extract/document.ts";
import { signatureIndexFor } from "../scan/signature-index.ts";

export interface SignatureHit {
  signature: CompiledSignature;
  line: DocLine;
  /** Position of the line in the document, for "first error wins" ordering. */
  index: number;
  captures: Record<string, string>;
}

const MAX_HITS_PER_SIGNATURE = 3;
const ESCAPED_QUOTE = /\\(["\\])/g;

/**
 * A product's message as a structured logger prints it (logfmt `err="... \"name\" ..."`, a JSON
 * string) has its quotes escaped; signatures are written for the message itself. Evidence keeps
 * the line as pasted.
 */
export function unescapeQuotes(text: string): string {
  return text.includes('\\"') ? text.replace(ESCAPED_QUOTE, "$1") : text;
}
const MAX_LINE = 4000;

/**
 * Finds each signature's first few matching lines. One Aho-Corasick pass per line names the
 * signatures whose required fragments the line holds; only those meet their expressions.
 */
export function matchSignatures(doc: Doc, signatures: CompiledSignature[]): SignatureHit[] {
  const index = signatureIndexFor(signatures);
  const counts = new Map<number, number>();
  const hits: SignatureHit[] = [];
  doc.lines.forEach((line, position) => {
    const text = unescapeQuotes(line.text.slice(0, MAX_LINE));
    let lower: string | undefined;
    for (const candidate of index.candidates(text)) {
      const count = counts.get(candidate) ?? 0;
      if (count >= MAX_HITS_PER_SIGNATURE) continue;
      const signature = signatures[candidate] as CompiledSignature;
      if (signature.guards.length > 0) {
        lower ??= text.toLowerCase();
        const lowered = lower;
        if (!signature.guards.every((set) => set.some((literal) => lowered.includes(literal)))) continue;
      }
      const match = signature.regex.exec(text);
      if (!match) continue;
      counts.set(candidate, count + 1);
      const captures: Record<string, string> = {};
      for (const [name, value] of Object.entries(match.groups ?? {})) if (value) captures[name] = value;
      hits.push({ signature, line, index: position, captures });
    }
  });
  // Callers expect the hits of one signature together and in document order.
  return hits.sort(
    (a, b) => signatures.indexOf(a.signature) - signatures.indexOf(b.signature) || a.index - b.index,
  );
}
