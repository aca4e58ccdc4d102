import type { CompiledSignature } from "../../knowledge/knowledge-base.ts";
import { AhoCorasick } from "./aho-corasick.ts";

/**
 * Which signatures a line could match, found in one Aho-Corasick pass over the line instead of one
 * search per signature. Built once per signature list and shared by every ticket.
 */
export class SignatureIndex {
  readonly tables: ReturnType<AhoCorasick["flat"]>;
  /** literal id -> indexes of the signatures it triggers. */
  readonly triggers: Int32Array[];
  /** Signatures without an ASCII fragment to look for: they meet every line. */
  readonly unfiltered: number[];
  readonly literalCount: number;

  constructor(
    readonly signatures: CompiledSignature[],
    extraLiterals: string[] = [],
  ) {
    const literalIds = new Map<string, number>();
    const triggers: number[][] = [];
    this.unfiltered = [];
    signatures.forEach((signature, index) => {
      const literals = signature.literals;
      // A non-ASCII fragment cannot be matched case-insensitively byte by byte: test those always.
      if (!literals || literals.some((literal) => /[^\x20-\x7e]/.test(literal))) {
        this.unfiltered.push(index);
        return;
      }
      for (const literal of literals) {
        let id = literalIds.get(literal);
        if (id === undefined) {
          id = triggers.length;
          literalIds.set(literal, id);
          triggers.push([]);
        }
        triggers[id]?.push(index);
      }
    });
    this.literalCount = triggers.length;
    this.triggers = triggers.map((list) => Int32Array.from(list));
    this.tables = new AhoCorasick([...literalIds.keys(), ...extraLiterals]).flat();
  }

  /** Indexes of the signatures whose fragments occur in `text` (deduplicated), plus the unfiltered ones. */
  candidates(text: string): number[] {
    const { transitions, classes, classCount, outStart, outLength, outIds } = this.tables;
    const found = new Set<number>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = transitions[state * classCount + (code < 256 ? (classes[code] as number) : 0)] as number;
      const length = outLength[state] as number;
      if (length === 0) continue;
      const first = outStart[state] as number;
      for (let k = first; k < first + length; k++) {
        const id = outIds[k] as number;
        if (id < this.literalCount) for (const index of this.triggers[id] as Int32Array) found.add(index);
      }
    }
    for (const index of this.unfiltered) found.add(index);
    return [...found];
  }
}

const cache = new WeakMap<CompiledSignature[], SignatureIndex>();

/** The index of a signature list, built on first use. */
export function signatureIndexFor(signatures: CompiledSignature[]): SignatureIndex {
  let index = cache.get(signatures);
  if (!index) {
    index = new SignatureIndex(signatures);
    cache.set(signatures, index);
  }
  return index;
}
