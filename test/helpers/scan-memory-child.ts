// Child process for the bounded-memory test: scans a generated log of SCAN_BYTES bytes, produced on
// the fly (never held whole), and prints the largest resident set size it saw, in bytes.
import { Readable } from "node:stream";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import { triageStream } from "../../src/pipeline/triage-stream.ts";

const total = Number(process.env.SCAN_BYTES ?? 1024 * 1024 * 1024);
const lines = [
  "\u001b[36m10:00:01\u001b[0m   Info     |   Deploying release 1.9.0 of shop-api to Production",
  "shop-api-7d9c6b5f4d-2xkqz   1/1     Running     0          3h",
  '{"level":"info","msg":"reconciled","controller":"deployment","namespace":"shop","name":"shop-api"}',
  "#6 [build 3/6] RUN npm ci --no-audit",
];
const block = Buffer.from(Array.from({ length: 8192 }, (_, i) => lines[i % lines.length]).join("\n") + "\n");
const error = Buffer.from(
  "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\n",
);
let peak = process.memoryUsage().rss;
function* generate() {
  let sent = 0;
  while (sent < total) {
    const chunk = sent === block.length * 100 ? Buffer.concat([error, block]) : block;
    sent += chunk.length;
    peak = Math.max(peak, process.memoryUsage().rss);
    yield chunk;
  }
}
const { kb } = loadKnowledge();
const result = await triageStream(Readable.from(generate()), { source: "attachment:huge.log", kb });
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(
  JSON.stringify({
    peak,
    bytes: result.totalBytes,
    lines: result.totalLines,
    top: result.result.diagnoses[0]?.code,
  }) + "\n",
);
