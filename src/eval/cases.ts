import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DeckhandError } from "../domain/errors.ts";
import { ZArea, ZPriority } from "../domain/taxonomy.ts";

export const ZEvalCase = z.object({
  id: z.string(),
  ticket: z.string(),
  area: ZArea,
  alt_areas: z.array(ZArea).default([]),
  codes: z.array(z.string()).min(1),
  missing_fact_codes: z.array(z.string()).default([]),
  product_bug: z.boolean(),
  priority: ZPriority,
});
export type TEvalCase = z.infer<typeof ZEvalCase>;

/** The shared development set, beside the repository. */
export const DEFAULT_CASES = fileURLToPath(new URL("../../../shared/eval/dev.jsonl", import.meta.url));

/** Reads a JSONL file of labelled cases; a bad line stops the run with its line number. */
export function loadCases(file: string = DEFAULT_CASES): TEvalCase[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new DeckhandError("bad-input", `cannot read eval cases from ${file}`);
  }
  return text
    .split("\n")
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new DeckhandError("bad-input", `${file}:${number}: invalid JSON: ${(error as Error).message}`);
      }
      const parsed = ZEvalCase.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new DeckhandError(
          "bad-input",
          `${file}:${number}: ${issue?.path.join(".")}: ${issue?.message}`,
        );
      }
      return parsed.data;
    });
}
