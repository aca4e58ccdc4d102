import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import type { TConfig } from "../config.ts";
import { createApp } from "../http/app.ts";
import { createMetrics } from "../http/metrics.ts";
import { HANDLERS, RECURRING } from "../jobs/handlers.ts";
import { Worker } from "../jobs/worker.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Deps, Logger } from "../service/deps.ts";
import { indexArticles } from "../service/search-knowledge.ts";
import { withDigestEvery } from "../service/store-scheduled-digest.ts";
import { withCommitmentLead } from "../service/sweep-commitments.ts";
import { openStore } from "../store/dialect.ts";
import { migrate } from "../store/migrate.ts";

/** Where `npm ci` (the prepare script) builds the console. */
const CONSOLE_DIR = fileURLToPath(new URL("../../console/dist/", import.meta.url));

export interface Running {
  /** Base URL of the API, when this process serves it. */
  url: string | null;
  deps: Deps;
  worker: Worker | null;
  /** Graceful stop: finish in-flight requests and the job in hand, then close the database. */
  stop(): Promise<void>;
}

/** Opens and migrates the database, then starts the API and/or a worker as the role says. */
export async function start(config: TConfig, kb: KnowledgeBase, log: Logger): Promise<Running> {
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(store);
  if (applied.length > 0) log.info("database migrated", { applied, dialect: store.dialect });
  const deps: Deps = {
    db: store.db,
    dialect: store.dialect,
    kb,
    clock: () => new Date(),
    ids: randomUUID,
    log,
    handoff: config.handoff,
  };
  await indexArticles(deps);
  const instanceId = randomUUID().slice(0, 8);
  let server: ServerType | null = null;
  let url: string | null = null;
  if (config.role !== "worker") {
    const app = createApp({
      deps,
      metrics: createMetrics(),
      maxBodyBytes: config.maxBodyBytes,
      handlers: HANDLERS,
      instanceId,
      leaseMs: config.leaseMs,
      consoleDir: CONSOLE_DIR,
    });
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
        resolve(started),
      );
    });
    const address = server.address() as AddressInfo;
    url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
    log.info("api listening", { url, dialect: store.dialect });
  }
  let worker: Worker | null = null;
  if (config.role !== "api") {
    worker = new Worker(deps, {
      workerId: `worker:${instanceId}`,
      handlers: HANDLERS,
      recurring: withCommitmentLead(
        withDigestEvery(RECURRING, config.digestEveryMs),
        config.commitmentLeadMinutes,
      ),
      pollMs: config.pollMs,
      leaseMs: config.leaseMs,
    });
    worker.start();
    log.info("worker started", { id: instanceId });
  }
  return {
    url,
    deps,
    worker,
    async stop() {
      if (server) {
        // close() stops accepting, lets requests in flight finish and drops idle keep-alive sockets.
        await new Promise<void>((resolve) => server?.close(() => resolve()));
      }
      await worker?.stop();
      await store.close();
    },
  };
}
