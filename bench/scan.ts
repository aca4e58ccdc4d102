// Scanning large logs with the full signature set, next to ripgrep running the same patterns
// (exported by `deckhand kb patterns --format rg`) on the same files, in the same run.
import { execFileSync, spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportForRipgrep } from "../src/knowledge/export-patterns.ts";
import { compileSignature, type CompiledSignature } from "../src/knowledge/knowledge-base.ts";
import { loadKnowledge } from "../src/knowledge/load-knowledge.ts";
import { LogScanner } from "../src/pipeline/scan/scan-log.ts";
import { generateLog } from "./generate-log.ts";

const MB = 1024 * 1024;
const SIZES = (process.env.BENCH_SCAN_MB ?? "10,100,1024").split(",").map(Number);
const dir = join(tmpdir(), "deckhand-bench");
mkdirSync(dir, { recursive: true });

/** Installs ripgrep from Debian's packages when it is missing. */
function ensureRipgrep(): boolean {
  if (spawnSync("rg", ["--version"]).status === 0) return true;
  spawnSync("apt-get", ["install", "-y", "ripgrep"], { stdio: "ignore" });
  return spawnSync("rg", ["--version"]).status === 0;
}

/** A larger knowledge base: every signature again under a distinct leading word, up to `total`. */
function multiplied(signatures: CompiledSignature[], total: number): CompiledSignature[] {
  const result = [...signatures];
  for (let copy = 1; result.length < total; copy++) {
    for (const signature of signatures) {
      if (result.length >= total) break;
      result.push(
        compileSignature(signature.article, {
          ...signature,
          id: `${signature.id}-x${copy}`,
          pattern: `kb${copy}z ${signature.pattern}`,
        }),
      );
    }
  }
  return result;
}

async function scanMBs(file: string, signatures: CompiledSignature[]): Promise<number> {
  const scanner = new LogScanner("bench", signatures);
  const started = performance.now();
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) scanner.push(chunk as Buffer);
  scanner.finish();
  return statSync(file).size / MB / ((performance.now() - started) / 1000);
}

function ripgrepMBs(file: string, patterns: string[]): number {
  const patternFile = join(dir, `patterns-${patterns.length}.rg`);
  writeFileSync(patternFile, patterns.join("\n") + "\n");
  const started = performance.now();
  // -c counts matching lines; exit code 1 (no match) is fine.
  spawnSync("rg", ["--no-unicode", "-c", "-f", patternFile, file], { stdio: "ignore" });
  return statSync(file).size / MB / ((performance.now() - started) / 1000);
}

export async function benchScan(): Promise<void> {
  const { kb } = loadKnowledge();
  const haveRg = ensureRipgrep();
  const cpu = execFileSync("sh", ["-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"])
    .toString()
    .trim();
  process.stdout.write(
    `\nScan benchmark on ${cpu} (${haveRg ? execFileSync("rg", ["--version"]).toString().split("\n")[0] : "ripgrep unavailable"})\n`,
  );
  process.stdout.write(
    "| log | patterns | deckhand MB/s | ripgrep MB/s | deckhand / ripgrep |\n|---|---|---|---|---|\n",
  );
  const sets = [kb.signatures, multiplied(kb.signatures, 2000)];
  for (const size of SIZES) {
    const file = join(dir, `log-${size}mb.log`);
    if (!existsSync(file) || statSync(file).size < size * MB) await generateLog(file, size * MB);
    for (const signatures of sets) {
      const ours = await scanMBs(file, signatures);
      const { patterns } = exportForRipgrep(signatures);
      const theirs = haveRg ? ripgrepMBs(file, patterns) : NaN;
      process.stdout.write(
        `| ${size} MB | ${signatures.length} (rg: ${patterns.length}) | ${ours.toFixed(1)} | ${theirs.toFixed(1)} | ${(ours / theirs).toFixed(2)} |\n`,
      );
    }
  }
}
