import type { Command } from "commander";
import { DeckhandError } from "../../domain/errors.ts";
import { coverageReport } from "../../knowledge/coverage.ts";
import { formatProblem } from "../../knowledge/errors.ts";
import { exportForRipgrep } from "../../knowledge/export-patterns.ts";
import { loadHealthyCorpus } from "../../knowledge/healthy-corpus.ts";
import { loadKnowledge } from "../../knowledge/load-knowledge.ts";
import { knowledgeForCommand } from "../knowledge.ts";
import type { Output } from "../output.ts";
import { colorsFor } from "../terminal.ts";

/** `deckhand kb lint|list|show|coverage`. */
export function registerKb(program: Command, out: Output): void {
  const kb = program.command("kb").description("inspect and validate the knowledge base");
  kb.command("lint")
    .description("validate every article; exits 1 when any problem is found")
    .option("--dir <dir>", "knowledge folder to check")
    .action((options: { dir?: string }) => {
      const { kb: loaded, problems } = loadKnowledge(options.dir, { checkFixtures: true });
      for (const problem of problems) out.err(formatProblem(problem));
      const summary = `${loaded.articles.length} articles, ${loaded.signatures.length} signatures, ${problems.length} problems`;
      if (problems.length > 0) throw new DeckhandError("failure", `kb lint: ${summary}`);
      out.line(`kb lint: ${summary}`);
    });
  kb.command("list")
    .description("list articles: id, area, codes, title")
    .option("--area <area>", "only this area")
    .option("--json", "print JSON")
    .action((options: { area?: string; json?: boolean }) => {
      const articles = knowledgeForCommand(out).articles.filter(
        (a) => !options.area || a.area === options.area,
      );
      if (options.json) {
        out.line(
          JSON.stringify(
            articles.map(({ id, area, codes, title, source }) => ({ id, area, codes, title, source })),
          ),
        );
        return;
      }
      for (const article of articles)
        out.line(
          `${article.id.padEnd(50)} ${article.area.padEnd(16)} ${article.codes.join(",")}  ${article.title}`,
        );
      out.line(`${articles.length} articles`);
    });
  kb.command("show")
    .description("show one article by id or code")
    .argument("<id>", "article id or root-cause code")
    .action((id: string) => {
      const loaded = knowledgeForCommand(out);
      const article = loaded.byId.get(id) ?? loaded.articles.find((a) => a.codes.includes(id));
      if (!article)
        throw new DeckhandError("not-found", `no article with id or code '${id}' (see 'deckhand kb list')`);
      const c = colorsFor(out.isTTY);
      out.line(`${c.bold(article.title)}  ${c.dim(`[${article.id}] ${article.source}`)}`);
      out.line(`codes: ${article.codes.join(", ")}   area: ${article.area}`);
      for (const signature of article.signatures)
        out.line(
          `  ${c.cyan(signature.id)} (${signature.kind}, ${signature.weight}) /${signature.pattern}/${signature.flags}`,
        );
      out.line(article.body.trim());
      out.line(`\nreferences:\n${article.references.map((url) => `  ${url}`).join("\n")}`);
    });
  kb.command("patterns")
    .description("print every signature's pattern, one a line (--format rg: ripgrep's syntax)")
    .option("--format <format>", "js (default) or rg", "js")
    .action((options: { format: string }) => {
      if (options.format !== "js" && options.format !== "rg")
        throw new DeckhandError("bad-input", `--format must be js or rg, not '${options.format}'`);
      const loaded = knowledgeForCommand(out);
      if (options.format === "js") {
        for (const signature of loaded.signatures) out.line(`/${signature.pattern}/${signature.flags}`);
        return;
      }
      const { patterns, skipped } = exportForRipgrep(loaded.signatures);
      for (const pattern of patterns) out.line(pattern);
      if (skipped.length > 0)
        out.err(
          `kb patterns: ${skipped.length} signatures use lookaround or backreferences and have no ripgrep form`,
        );
    });
  kb.command("coverage")
    .description(
      "codes without an article, articles without fixtures, silent signatures, healthy-log matches",
    )
    .option("--json", "print JSON")
    .action((options: { json?: boolean }) => {
      const report = coverageReport(knowledgeForCommand(out), loadHealthyCorpus());
      if (options.json) {
        out.line(JSON.stringify(report, null, 2));
        return;
      }
      const list = (title: string, items: string[]) => {
        out.line(`${title}: ${items.length}`);
        for (const item of items) out.line(`  ${item}`);
      };
      list("codes without an article", report.codesWithoutArticle);
      list("articles with fewer than two fixtures", report.articlesWithFewFixtures);
      list("signatures no fixture fires", report.silentSignatures);
      list(
        "healthy-log lines matched by a signature",
        report.negativeMatches.map((m) => `${m.sample}:${m.line} ${m.signature}`),
      );
      out.line(
        `coverage: ${report.codes - report.codesWithoutArticle.length}/${report.codes} codes covered, ` +
          `${report.articlesWithFewFixtures.length} articles under two fixtures, ` +
          `${report.silentSignatures.length} silent signatures, ${report.negativeMatches.length} negative-corpus matches`,
      );
    });
}
