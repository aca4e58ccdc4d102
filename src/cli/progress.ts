import type { Output } from "./output.ts";

const MIB = 1024 * 1024;

/** Progress on stderr for long scans: only on a terminal, and only once a scan takes over a second. */
export function progressReporter(out: Output, total: number | null, now: () => number = () => Date.now()) {
  const started = now();
  let shown = false;
  let last = 0;
  return {
    update: (bytes: number) => {
      const at = now();
      if (!out.errIsTTY || at - started < 1000 || at - last < 200) return;
      last = at;
      shown = true;
      const share = total ? ` of ${(total / MIB).toFixed(0)} MB (${Math.floor((bytes / total) * 100)}%)` : "";
      const rate = (bytes / MIB / ((at - started) / 1000)).toFixed(0);
      out.errRaw(`\rscanning: ${(bytes / MIB).toFixed(0)} MB${share}, ${rate} MB/s   `);
    },
    done: (lines: number) => {
      if (shown)
        out.errRaw(
          `\rscanned ${lines} lines in ${((now() - started) / 1000).toFixed(1)} s${" ".repeat(20)}\n`,
        );
    },
  };
}
