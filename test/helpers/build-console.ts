import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;
const BUILT = join(ROOT, "console/dist/index.html");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Vitest global set-up: builds the console once, before any browser test runs and only when a
 * source is newer than the build, so the browser suites never drive a stale bundle nor rebuild it
 * under each other's feet.
 */
export default function setup(): void {
  const sources = Math.max(
    newestSource(join(ROOT, "console/src")),
    statSync(join(ROOT, "console/index.html")).mtimeMs,
  );
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) return;
  const vite = join(ROOT, "node_modules/vite/bin/vite.js");
  const run = spawnSync(process.execPath, [vite, "build", "--config", "console/vite.config.ts"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0 || !existsSync(BUILT)) throw new Error(`console build failed: ${run.stderr}`);
}
