import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { DeckhandError } from "../../domain/errors.ts";
import { exportTeamArticles } from "../../service/export-team-articles.ts";
import { openStore } from "../../store/dialect.ts";
import { migrate } from "../../store/migrate.ts";
import { knowledgeForCommand } from "../knowledge.ts";
import type { Output } from "../output.ts";

/** Writes `<root>/<path>` for each item; refuses (writing nothing) when any exists, unless forced. */
export function writeKnowledgeFiles(
  root: string,
  items: { path: string; markdown: string }[],
  { force }: { force: boolean },
): void {
  const existing = items.filter((item) => existsSync(join(root, item.path)));
  if (existing.length > 0 && !force)
    throw new DeckhandError(
      "conflict",
      `kb export: ${existing.length} file(s) exist (${existing
        .slice(0, 3)
        .map((item) => item.path)
        .join(", ")}); use --force to overwrite`,
    );
  for (const item of items) {
    const path = join(root, item.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, item.markdown);
  }
}

/** `deckhand kb export <dir>`: the team's articles as knowledge-folder files (`<dir>/<area>/<id>.md`). */
export function registerKbExport(program: Command, out: Output): void {
  const kb = program.commands.find((command) => command.name() === "kb") ?? program.command("kb");
  kb.command("export")
    .description("write every team article as <dir>/<area>/<id>.md in the shipped format")
    .argument("<dir>", "folder to write into (a knowledge folder, or an empty one)")
    .option("--force", "overwrite files that exist")
    .option("--data-dir <dir>", "SQLite data directory (env DECKHAND_DATA_DIR)")
    .action(async (dir: string, flags: { force?: boolean; dataDir?: string }) => {
      const config = loadConfig(process.env, { dataDir: flags.dataDir });
      const store = openStore(config);
      try {
        await migrate(store);
        const { items, skipped } = await exportTeamArticles({ db: store.db, kb: knowledgeForCommand(out) });
        const root = resolve(dir);
        writeKnowledgeFiles(root, items, { force: flags.force ?? false });
        for (const skip of skipped)
          out.err(`deckhand: warning: team article ${skip.id} left out: ${skip.problems[0] ?? "invalid"}`);
        out.line(`kb export: ${items.length} team articles written to ${root}`);
      } finally {
        await store.close();
      }
    });
}
