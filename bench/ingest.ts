// Ingest throughput and latency: POST /api/v1/tickets next to GET /healthz of the same server, in
// the same run, on SQLite and on PostgreSQL. Run with `npm run bench` (or `npx tsx bench/ingest.ts`).
import autocannon from "autocannon";
import { createTestDatabase, type TestDatabase } from "../test/helpers/store.ts";
import { createTokenCli, exited, startServer } from "../test/helpers/server-process.ts";

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;
const BODY =
  "Our nightly job fails.\n+ helm upgrade --install api ./chart -n prod\nError: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

interface Row {
  database: string;
  endpoint: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(
  url: string,
  token: string,
  endpoint: "ingest" | "healthz",
): Promise<Omit<Row, "database">> {
  let counter = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      endpoint === "healthz"
        ? { method: "GET", path: "/healthz" }
        : {
            method: "POST",
            path: "/api/v1/tickets",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({
                externalId: `bench-${process.pid}-${counter++}`,
                body: BODY,
                customer: { org: "bench" },
              }),
            }),
          },
    ],
  });
  return {
    endpoint: endpoint === "healthz" ? "GET /healthz" : "POST /api/v1/tickets",
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function benchDialect(dialect: "sqlite" | "postgres"): Promise<Row[]> {
  const database: TestDatabase = await createTestDatabase(dialect);
  try {
    const token = createTokenCli(database, ["--role", "admin"]);
    const server = await startServer(database, [], { DECKHAND_POLL_MS: "200" });
    try {
      const rows: Row[] = [];
      for (const endpoint of ["healthz", "ingest"] as const)
        rows.push({ database: dialect, ...(await measure(server.url, token, endpoint)) });
      return rows;
    } finally {
      server.child.kill("SIGTERM");
      await exited(server.child);
    }
  } finally {
    await database.drop();
  }
}

const rows = [...(await benchDialect("sqlite")), ...(await benchDialect("postgres"))];
process.stdout.write(
  `\nIngest benchmark: ${CONNECTIONS} connections, ${DURATION}s per endpoint, one server process (API + worker)\n`,
);
process.stdout.write(
  "| database | endpoint | req/s | p50 ms | p99 ms | errors | throughput vs /healthz |\n|---|---|---|---|---|---|---|\n",
);
for (const row of rows) {
  const anchor = rows.find((r) => r.database === row.database && r.endpoint === "GET /healthz");
  const ratio = anchor ? (row.rps / anchor.rps).toFixed(3) : "-";
  process.stdout.write(
    `| ${row.database} | ${row.endpoint} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${ratio} |\n`,
  );
}
