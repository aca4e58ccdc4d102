import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { jsonLogger } from "../../runtime/logger.ts";
import { start } from "../../runtime/start.ts";
import { seedDemo } from "../../service/seed-demo.ts";
import { createToken } from "../../service/tokens.ts";
import { openStore } from "../../store/dialect.ts";
import { migrate } from "../../store/migrate.ts";
import { knowledgeForCommand } from "../knowledge.ts";
import type { Output } from "../output.ts";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));

interface ServeFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  role?: string;
  demo?: boolean;
}

/** `deckhand serve`, `deckhand migrate` and `deckhand token create`. */
export function registerServe(program: Command, out: Output): void {
  program
    .command("serve")
    .description("run the HTTP API and a worker (PORT, HOST, DECKHAND_DATA_DIR, DATABASE_URL)")
    .option("--port <port>", "port to listen on (default 8080, env PORT)")
    .option("--host <host>", "address to listen on (default 127.0.0.1, env HOST)")
    .option("--data-dir <dir>", "where the SQLite database lives (default ./data, env DECKHAND_DATA_DIR)")
    .option("--role <role>", "all (default), api or worker")
    .option("--demo", "ingest the example tickets and print a demo sign-in and API token")
    .action(async (flags: ServeFlags) => {
      const config = loadConfig(process.env, {
        port: flags.port,
        host: flags.host,
        dataDir: flags.dataDir,
        role: flags.role,
      });
      const kb = knowledgeForCommand(out);
      const running = await start(config, kb, jsonLogger());
      if (flags.demo) {
        const demo = await seedDemo(running.deps, EXAMPLES);
        out.line(`Deckhand demo is running at ${running.url ?? "(worker only)"}`);
        out.line(`  ${demo.tickets} example tickets ingested and triaged`);
        out.line(`  console sign-in: ${demo.email} / ${demo.password}`);
        out.line(`  try: curl -H "Authorization: Bearer ${demo.token}" ${running.url ?? ""}/api/v1/queue`);
        out.line(`demo API token: ${demo.token}`);
      } else if (running.url) {
        out.line(
          `Deckhand is running at ${running.url} (create a token with 'deckhand token create --role admin')`,
        );
      }
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      out.err("deckhand: stopping (finishing requests and the job in hand)");
      await running.stop();
    });

  program
    .command("migrate")
    .description("bring the database schema up to date")
    .option("--data-dir <dir>", "SQLite data directory (env DECKHAND_DATA_DIR)")
    .action(async (flags: { dataDir?: string }) => {
      const config = loadConfig(process.env, { dataDir: flags.dataDir });
      const store = openStore(config);
      try {
        const applied = await migrate(store);
        out.line(applied.length ? `applied: ${applied.join(", ")}` : "the database is up to date");
      } finally {
        await store.close();
      }
    });

  program
    .command("token")
    .description("manage API tokens")
    .command("create")
    .description("create a token; the token is printed on the last line")
    .option("--role <role>", "engineer token: agent, lead or admin")
    .option("--org <org>", "customer token that only sees organisation ORG")
    .option("--name <name>", "a label for the token")
    .option("--data-dir <dir>", "SQLite data directory (env DECKHAND_DATA_DIR)")
    .action(async (flags: { role?: string; org?: string; name?: string; dataDir?: string }) => {
      const { DeckhandError } = await import("../../domain/errors.ts");
      if (Boolean(flags.role) === Boolean(flags.org))
        throw new DeckhandError("bad-input", "give exactly one of --role agent|lead|admin or --org ORG");
      if (flags.role && !["agent", "lead", "admin"].includes(flags.role))
        throw new DeckhandError("bad-input", `--role must be agent, lead or admin, not '${flags.role}'`);
      const config = loadConfig(process.env, { dataDir: flags.dataDir });
      const store = openStore(config);
      try {
        await migrate(store);
        const deps = {
          db: store.db,
          dialect: store.dialect,
          kb: knowledgeForCommand(out),
          clock: () => new Date(),
          ids: randomUUID,
          log: jsonLogger(),
        };
        const input = flags.org
          ? { org: flags.org, name: flags.name }
          : { role: flags.role as "agent" | "lead" | "admin", name: flags.name };
        const { token } = await createToken(deps, input);
        out.line(flags.org ? `token for organisation ${flags.org}:` : `token with role ${flags.role}:`);
        out.line(token);
      } finally {
        await store.close();
      }
    });
}
