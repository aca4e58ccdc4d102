import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const CHILD = new URL("../helpers/scan-memory-child.ts", import.meta.url).pathname;
const GIB = 1024 * 1024 * 1024;

describe("streaming triage of a 1 GB log", () => {
  it("stays under 256 MB resident and still finds the error", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", CHILD], {
      env: { ...process.env, SCAN_BYTES: String(GIB) },
      encoding: "utf8",
      timeout: 600_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { peak: number; bytes: number; lines: number; top: string };
    expect(report.bytes).toBeGreaterThanOrEqual(GIB);
    expect(report.top).toBe("helm.release.operation-in-progress");
    expect(report.peak).toBeLessThan(256 * 1024 * 1024);
  }, 900_000);
});
