import { Command, CommanderError } from "commander";
import { exitCodeFor } from "../domain/errors.ts";
import { registerDigest } from "./commands/digest.ts";
import { registerEval } from "./commands/eval.ts";
import { registerKb } from "./commands/kb.ts";
import { registerKbExport } from "./commands/kb-export.ts";
import { registerRedact } from "./commands/redact.ts";
import { registerServe } from "./commands/serve.ts";
import { registerTriage } from "./commands/triage.ts";
import { processOutput } from "./output.ts";

const out = processOutput();
const program = new Command("deckhand")
  .description("Deckhand, an L1 DevOps support engineer")
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });
registerTriage(program, out, process.stdin);
registerRedact(program, out, process.stdin);
registerKb(program, out);
registerKbExport(program, out);
registerEval(program, out);
registerServe(program, out);
registerDigest(program, out);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  out.err(`deckhand: ${(error as Error).message}`);
  process.exit(exitCodeFor(error));
}
