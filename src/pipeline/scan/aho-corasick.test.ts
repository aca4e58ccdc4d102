import { describe, expect, it } from "vitest";
import { AhoCorasick } from "./aho-corasick.ts";

function find(automaton: AhoCorasick, text: string): number[] {
  const found = new Set<number>();
  let state = automaton.start;
  for (const byte of Buffer.from(text)) {
    state = automaton.step(state, byte);
    for (const id of automaton.output(state) ?? []) found.add(id);
  }
  return [...found].sort((a, b) => a - b);
}

describe("AhoCorasick", () => {
  it("finds every literal, overlapping ones and ASCII case-insensitively", () => {
    const automaton = new AhoCorasick(["he", "she", "his", "hers", "no such host"]);
    expect(find(automaton, "USHERS")).toEqual([0, 1, 3]);
    expect(find(automaton, "dial tcp: lookup db: No Such Host")).toEqual([4]);
    expect(find(automaton, "nothing here")).toEqual([0]);
  });

  it("agrees with String.includes on random text", () => {
    const literals = ["error", "err", "rror:", "x509", "denied", "ed", "ok"];
    const automaton = new AhoCorasick(literals);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 40 }, () => "erox5190:dniEDk "[Math.floor(random() * 16)]).join("");
      const expected = literals
        .map((literal, id) => (text.toLowerCase().includes(literal) ? id : -1))
        .filter((id) => id >= 0);
      expect(find(automaton, text)).toEqual(expected);
    }
  });
});
