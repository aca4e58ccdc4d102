import type { Command } from "commander";
import { DEFAULT_CASES, loadCases } from "../../eval/cases.ts";
import { replayLine } from "../../eval/replay-trust.ts";
import { runEval } from "../../eval/run-eval.ts";
import { summaryLine } from "../../eval/score.ts";
import { knowledgeForCommand } from "../knowledge.ts";
import type { Output } from "../output.ts";

/** `deckhand eval [--cases FILE] [--json]`. */
export function registerEval(program: Command, out: Output): void {
  program
    .command("eval")
    .description("score the pipeline on labelled cases (default: ../shared/eval/dev.jsonl)")
    .option("--cases <file>", "JSONL file of labelled cases", DEFAULT_CASES)
    .option("--json", "print the full report as JSON")
    .option("--quiet", "print only the summary line")
    .action((flags: { cases: string; json?: boolean; quiet?: boolean }) => {
      const kb = knowledgeForCommand(out);
      const report = runEval(loadCases(flags.cases), kb);
      if (flags.json) {
        out.line(JSON.stringify(report, null, 2));
        return;
      }
      if (!flags.quiet) {
        out.line(`misses (${report.misses.length}):`);
        for (const miss of report.misses)
          out.line(`  ${miss.what.padEnd(11)} ${miss.id}  expected ${miss.expected}  got ${miss.got}`);
        out.line("");
      }
      out.line(summaryLine(report));
      out.line(replayLine(report.replay));
    });
}
