import { createWriteStream } from "node:fs";
import { once } from "node:events";

/** A small deterministic PRNG, so every run scans the same log. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEALTHY = [
  (r: () => number, n: number) =>
    `\u001b[36m10:${pad(n % 60)}:${pad((n * 7) % 60)}\u001b[0m   Info     |   Deploying release ${Math.floor(r() * 900) + 100} of shop-api to Production`,
  (_r: () => number, n: number) =>
    `10:${pad(n % 60)}:00   Verbose  |     Extracting package to: C:\\Octopus\\Applications\\Production\\ShopApi\\1.${n % 50}.0`,
  (r: () => number) =>
    `shop-api-7d9c6b5f4d-${Math.floor(r() * 99999)}   1/1     Running     0          ${Math.floor(r() * 90)}m`,
  (r: () => number) => `#${Math.floor(r() * 20)} [build ${Math.floor(r() * 6)}/6] RUN npm ci --no-audit`,
  (_r: () => number, n: number) =>
    `2026-11-24T10:${pad(n % 60)}:01Z INFO  http request method=GET path=/api/orders/${n} status=200 duration_ms=${n % 97}`,
  () => `Release "shop-api" has been upgraded. Happy Helming!`,
  (r: () => number) => `deployment.apps/shop-api configured (generation ${Math.floor(r() * 400)})`,
  (_r: () => number, n: number) =>
    `2026-11-24T10:00:00Z argocd app sync shop-api: Synced Healthy revision ${(n * 2654435761).toString(16).padStart(8, "0")}`,
  (r: () => number) =>
    `  \u001b[32m✓\u001b[39m test suite ${Math.floor(r() * 400)} passed in ${Math.floor(r() * 900)}ms`,
  (r: () => number) =>
    `{"level":"info","ts":${1700000000 + Math.floor(r() * 1e6)},"msg":"reconciled","controller":"deployment","namespace":"shop","name":"shop-api","payload":"${"x".repeat(Math.floor(r() * 300))}"}`,
];
const ERRORS = [
  `Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress`,
  `  Warning  Failed     12s   kubelet  Failed to pull image "registry.acme.example/shop/api:9.9.9": rpc error: code = NotFound desc = failed to pull and unpack image: not found`,
  `10:42:17   Error    |     The remote script failed with exit code 1`,
  `time="2026-11-24T10:42:17Z" level=error msg="ssh: handshake failed: knownhosts: key mismatch"`,
  `x509: certificate signed by unknown authority`,
];

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Writes a realistic log of about `bytes` bytes: CI, kubectl, helm, Argo CD and Octopus lines, ANSI colours, a few errors. */
export async function generateLog(path: string, bytes: number, seed = 42): Promise<void> {
  const random = prng(seed);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let written = 0;
  let n = 0;
  while (written < bytes) {
    let chunk = "";
    for (let i = 0; i < 2000; i++, n++) {
      const pick = random();
      const line =
        pick < 0.0005
          ? (ERRORS[Math.floor(random() * ERRORS.length)] as string)
          : (HEALTHY[Math.floor(random() * HEALTHY.length)] as (r: () => number, n: number) => string)(
              random,
              n,
            );
      chunk += `${line}${random() < 0.1 ? "\r\n" : "\n"}`;
    }
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
