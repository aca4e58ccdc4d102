// `npm run bench`: every benchmark, each next to its anchor in the same run.
import { benchLatency } from "./latency.ts";
import { benchScan } from "./scan.ts";

const only = process.env.BENCH_ONLY?.split(",");
if (!only || only.includes("scan")) await benchScan();
if (!only || only.includes("latency")) await benchLatency();
if (!only || only.includes("ingest")) await import("./ingest.ts");
