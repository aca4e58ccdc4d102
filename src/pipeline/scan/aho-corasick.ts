/**
 * A byte-level Aho-Corasick automaton over lower-cased ASCII: one pass over a log finds every
 * occurrence of every literal, whatever the number of literals. Bytes that appear in no literal
 * share one input class, which keeps the transition table small.
 */
export class AhoCorasick {
  private readonly classes = new Uint8Array(256);
  private readonly classCount: number;
  /** transitions[state * classCount + class] = next state (a full DFA: failure links folded in). */
  private readonly transitions: Int32Array;
  /** For each state, the ids of the literals that end there (including via failure links). */
  private readonly outputs: (Int32Array | null)[];

  constructor(literals: string[]) {
    const bytes = literals.map((literal) => Buffer.from(literal.toLowerCase(), "utf8"));
    let next = 1;
    for (const literal of bytes)
      for (const byte of literal) if (this.classes[byte] === 0) this.classes[byte] = next++;
    // Upper-case ASCII letters read as their lower-case class: matching ignores ASCII case.
    for (let byte = 65; byte <= 90; byte++) this.classes[byte] = this.classes[byte + 32] ?? 0;
    this.classCount = next;
    const goto: number[][] = [new Array<number>(next).fill(-1)];
    const ends: number[][] = [[]];
    bytes.forEach((literal, id) => {
      let state = 0;
      for (const byte of literal) {
        const cls = this.classes[byte] ?? 0;
        const row = goto[state] as number[];
        if (row[cls] === -1) {
          row[cls] = goto.length;
          goto.push(new Array<number>(next).fill(-1));
          ends.push([]);
        }
        state = row[cls] as number;
      }
      (ends[state] as number[]).push(id);
    });
    const states = goto.length;
    const fail = new Int32Array(states);
    this.transitions = new Int32Array(states * next);
    const queue: number[] = [];
    for (let cls = 0; cls < next; cls++) {
      const target = (goto[0] as number[])[cls] as number;
      this.transitions[cls] = target === -1 ? 0 : target;
      if (target > 0) queue.push(target);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const stateEnds = ends[state] as number[];
      for (const id of ends[fail[state] as number] as number[]) stateEnds.push(id);
      for (let cls = 0; cls < next; cls++) {
        const target = (goto[state] as number[])[cls] as number;
        const viaFail = this.transitions[(fail[state] as number) * next + cls] as number;
        if (target === -1) {
          this.transitions[state * next + cls] = viaFail;
        } else {
          this.transitions[state * next + cls] = target;
          fail[target] = viaFail;
          queue.push(target);
        }
      }
    }
    this.outputs = ends.map((list) => (list.length ? Int32Array.from(new Set(list)) : null));
  }

  get start(): number {
    return 0;
  }

  /** The state after reading `byte` in `state`. */
  step(state: number, byte: number): number {
    return this.transitions[state * this.classCount + (this.classes[byte] as number)] as number;
  }

  /** Literal ids that end in `state`, or null. */
  output(state: number): Int32Array | null {
    return this.outputs[state] ?? null;
  }

  /** Flat tables for the scanner's inner loop: no method call and no polymorphic load per byte. */
  flat(): {
    transitions: Int32Array;
    classes: Uint8Array;
    classCount: number;
    outStart: Int32Array;
    outLength: Int32Array;
    outIds: Int32Array;
  } {
    const outStart = new Int32Array(this.outputs.length);
    const outLength = new Int32Array(this.outputs.length);
    const ids: number[] = [];
    this.outputs.forEach((list, state) => {
      outStart[state] = ids.length;
      outLength[state] = list?.length ?? 0;
      if (list) ids.push(...list);
    });
    return {
      transitions: this.transitions,
      classes: this.classes,
      classCount: this.classCount,
      outStart,
      outLength,
      outIds: Int32Array.from(ids),
    };
  }
}
