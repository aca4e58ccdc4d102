import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { TestDatabase } from "./store.ts";

const BIN = new URL("../../bin/deckhand.mjs", import.meta.url).pathname;

/** The environment that points a Deckhand process at the test database. */
export function envFor(database: TestDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DECKHAND_DATA_DIR: database.dataDir, ...extra };
  if (database.databaseUrl) env.DATABASE_URL = database.databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

/** Runs `deckhand token create` and returns the token (the last line of its output). */
export function createTokenCli(database: TestDatabase, args: string[]): string {
  const run = spawnSync(process.execPath, [BIN, "token", "create", ...args], {
    env: envFor(database),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`token create failed: ${run.stderr}`);
  return run.stdout.trim().split("\n").pop() ?? "";
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
}

/** Starts `deckhand serve` on a free port and resolves once it prints where it listens. */
export function startServer(
  database: TestDatabase,
  args: string[] = [],
  extra: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...args], {
    env: envFor(database, { DECKHAND_POLL_MS: "50", DECKHAND_JOB_LEASE_MS: "2000", ...extra }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, stdout: () => out });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
}

/** Resolves when the process has exited. */
export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}
