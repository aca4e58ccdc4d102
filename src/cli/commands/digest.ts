import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { DeckhandError } from "../../domain/errors.ts";
import { resolvePeriod } from "../../domain/period.ts";
import { composeDigest, DIGEST_DAYS } from "../../service/generate-digest.ts";
import { openStore } from "../../store/dialect.ts";
import { migrate } from "../../store/migrate.ts";
import type { Output } from "../output.ts";

interface DigestFlags {
  since?: string;
  until?: string;
  format: string;
  out?: string;
  dataDir?: string;
}

/** `deckhand digest`: the team digest of a period, as Markdown or JSON, from the database. */
export function registerDigest(program: Command, out: Output): void {
  program
    .command("digest")
    .description("the team digest of a period (DATABASE_URL or DECKHAND_DATA_DIR)")
    .option("--since <date>", "first day, e.g. 2026-11-20 (default: seven days before --until)")
    .option("--until <date>", "the day after the last, e.g. 2026-11-27 (default: now)")
    .option("--format <format>", "markdown or json", "markdown")
    .option("--out <file>", "write to FILE instead of standard output")
    .option("--data-dir <dir>", "SQLite data directory (env DECKHAND_DATA_DIR)")
    .action(async (flags: DigestFlags) => {
      if (flags.format !== "markdown" && flags.format !== "json")
        throw new DeckhandError("bad-input", `--format must be markdown or json, not '${flags.format}'`);
      const period = resolvePeriod(flags, new Date(), DIGEST_DAYS);
      const config = loadConfig(process.env, { dataDir: flags.dataDir });
      const store = openStore(config);
      let text: string;
      try {
        await migrate(store);
        const { data, markdown } = await composeDigest({ db: store.db, clock: () => new Date() }, period);
        text = flags.format === "json" ? `${JSON.stringify(data, null, 2)}\n` : markdown;
      } finally {
        await store.close();
      }
      if (flags.out) {
        await writeFile(flags.out, text);
        out.err(`deckhand: digest written to ${flags.out}`);
      } else out.line(text.trimEnd());
    });
}
