import type { Command } from "commander";
import { DeckhandError } from "../../domain/errors.ts";
import { formatProblem } from "../../knowledge/errors.ts";
import { loadKnowledge } from "../../knowledge/load-knowledge.ts";
import type { Output } from "../output.ts";

/** `deckhand kb lint|list|show`. */
export function registerKb(program: Command, out: Output): void {
  const kb = program.command("kb").description("inspect and validate the knowledge base");
  kb.command("lint")
    .description("validate every article; exits 1 when any problem is found")
    .option("--dir <dir>", "knowledge folder to check")
    .action((options: { dir?: string }) => {
      const { kb: loaded, problems } = loadKnowledge(options.dir);
      for (const problem of problems) out.err(formatProblem(problem));
      const summary = `${loaded.articles.length} articles, ${loaded.signatures.length} signatures, ${problems.length} problems`;
      if (problems.length > 0) throw new DeckhandError("failure", `kb lint: ${summary}`);
      out.line(`kb lint: ${summary}`);
    });
}
