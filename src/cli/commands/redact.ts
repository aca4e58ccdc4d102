import type { Command } from "commander";
import { z } from "zod";
import { DeckhandError } from "../../domain/errors.ts";
import { redact } from "../../pipeline/redact/redact.ts";
import type { Output } from "../output.ts";
import { readInputText } from "../read-input.ts";
import { safeForTerminal } from "../terminal.ts";
import { forEachLine, lineResult } from "./triage.ts";

const ZRedactLine = z.object({ text: z.string() });

/** `deckhand redact [FILE|-] [--json|--jsonl]`. */
export function registerRedact(program: Command, out: Output, stdin: NodeJS.ReadableStream): void {
  program
    .command("redact")
    .description("replace every secret in the text by [REDACTED:<kind>]")
    .argument("[file]", "text file, or - for standard input")
    .option("--json", 'print {"text", "spans"} with offsets into the original text')
    .option("--jsonl", 'read one {"text": ...} a line and print one {"text", "spans"} a line')
    .action(async (file: string | undefined, flags: { json?: boolean; jsonl?: boolean }) => {
      if (flags.json && flags.jsonl)
        throw new DeckhandError("bad-input", "use either --json or --jsonl, not both");
      if (flags.jsonl) {
        await forEachLine(file, stdin, (line) =>
          out.line(
            lineResult(line, (text) => {
              const parsed = ZRedactLine.safeParse(JSON.parse(text));
              if (!parsed.success) throw new DeckhandError("bad-input", 'each line must be {"text": "..."}');
              return redact(parsed.data.text);
            }),
          ),
        );
        return;
      }
      const result = redact(await readInputText(file, stdin));
      if (flags.json) out.line(JSON.stringify(result));
      else out.line(out.isTTY ? safeForTerminal(result.text) : result.text);
    });
}
