import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/store.ts";
import { createTokenCli, exited, startServer } from "../helpers/server-process.ts";

const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

describe.each(["sqlite", "postgres"] as const)("a server process on %s", (dialect) => {
  let database: TestDatabase;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    token = createTokenCli(database, ["--role", "admin"]);
  });
  afterAll(async () => database.drop());

  const post = (url: string, externalId: string, log = "") =>
    fetch(`${url}/api/v1/tickets`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ externalId, body: `${LOCKED}\nticket ${externalId}\n${log}` }),
    });

  it("loses no acknowledged ticket when killed with SIGKILL mid-ingest, and keeps everything on restart", async () => {
    const first = await startServer(database);
    const acknowledged = new Map<string, string>();
    let sent = 0;
    // Eight clients post without pause; the process is killed while requests are in flight.
    const clients = Array.from({ length: 8 }, async (_, client) => {
      for (let i = 0; ; i++) {
        const externalId = `crash-${client}-${i}`;
        sent++;
        try {
          const response = await post(first.url, externalId);
          if (response.status === 201)
            acknowledged.set(externalId, ((await response.json()) as { id: string }).id);
        } catch {
          return; // connection refused or reset: the server is gone
        }
      }
    });
    while (acknowledged.size < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill("SIGKILL");
    await Promise.all(clients);
    await exited(first.child);
    expect(sent).toBeGreaterThan(acknowledged.size);

    const second = await startServer(database);
    try {
      for (const [externalId, id] of acknowledged) {
        const again = await post(second.url, externalId);
        expect(again.status, externalId).toBe(200);
        expect(((await again.json()) as { id: string }).id).toBe(id);
      }
      // Jobs the dead process held are taken over once their lease runs out: all get triaged.
      const deadline = Date.now() + 20_000;
      let untriaged = acknowledged.size;
      while (untriaged > 0 && Date.now() < deadline) {
        const states = await Promise.all(
          [...acknowledged.values()].map(async (id) => {
            const response = await fetch(`${second.url}/api/v1/tickets/${id}`, {
              headers: { authorization: `Bearer ${token}` },
            });
            return ((await response.json()) as { triageVersion: number }).triageVersion;
          }),
        );
        untriaged = states.filter((version) => version < 1).length;
        if (untriaged > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(untriaged).toBe(0);
    } finally {
      second.child.kill("SIGTERM");
      expect(await exited(second.child)).toBe(0);
    }
  });

  it("finishes in-flight requests on SIGTERM and exits cleanly", async () => {
    const server = await startServer(database);
    // Large logs make each request take a while, so they are surely in flight at the signal.
    const log = "10:00:01 Info | step output line that is long enough to matter for triage\n".repeat(1_000);
    const inFlight = Array.from({ length: 3 }, (_, i) => post(server.url, `graceful-${i}`, log));
    await new Promise((resolve) => setTimeout(resolve, 400));
    server.child.kill("SIGTERM");
    const statuses = await Promise.all(inFlight.map(async (request) => (await request).status));
    expect(statuses.every((status) => status === 201)).toBe(true);
    expect(await exited(server.child)).toBe(0);
  });
});
