import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { HealthySample } from "./coverage.ts";

/** Logs of things going right, which no signature may match. */
export const HEALTHY_DIR = fileURLToPath(new URL("../../test/fixtures/healthy/", import.meta.url));

export function loadHealthyCorpus(dir: string = HEALTHY_DIR): HealthySample[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".log") || name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}
