import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { DeckhandError } from "../../domain/errors.ts";
import { triage } from "../../pipeline/triage.ts";
import { triageStream } from "../../pipeline/triage-stream.ts";
import { formatTriage } from "../format-triage.ts";
import { knowledgeForCommand } from "../knowledge.ts";
import type { Output } from "../output.ts";
import { MAX_INPUT_BYTES, parseTicket, parseTicketLine, readInputOrStream } from "../read-input.ts";
import { progressReporter } from "../progress.ts";
import { colorsFor } from "../terminal.ts";

interface TriageFlags {
  json?: boolean;
  jsonl?: boolean;
}

/** `deckhand triage [FILE|-] [--json|--jsonl]`. */
export function registerTriage(program: Command, out: Output, stdin: NodeJS.ReadableStream): void {
  program
    .command("triage")
    .description("triage a ticket (JSON or plain text) from FILE or standard input")
    .argument("[file]", "ticket file, or - for standard input")
    .option("--json", "print the triage result as JSON (the contract's shape)")
    .option("--jsonl", "read one JSON ticket a line and print one result a line")
    .action(async (file: string | undefined, flags: TriageFlags) => {
      if (flags.json && flags.jsonl)
        throw new DeckhandError("bad-input", "use either --json or --jsonl, not both");
      if (flags.jsonl) {
        if (file && file !== "-") await ensureReadable(file);
        const kb = knowledgeForCommand(out);
        await forEachLine(file, stdin, (line) =>
          out.line(lineResult(line, (text) => triage(parseTicketLine(text), { kb }).result)),
        );
        return;
      }
      const input = await readInputOrStream(file, stdin);
      const kb = knowledgeForCommand(out);
      let result;
      if (input.kind === "text") {
        result = triage(parseTicket(input.text), { kb }).result;
      } else {
        const progress = progressReporter(out, input.size);
        const streamed = await triageStream(input.chunks, {
          source: "body",
          kb,
          onProgress: progress.update,
        });
        progress.done(streamed.totalLines);
        result = streamed.result;
      }
      out.line(flags.json ? JSON.stringify(result, null, 2) : formatTriage(result, kb, colorsFor(out.isTTY)));
    });
}

/** Calls `handle` for every non-empty line of FILE (or standard input), in order. */
export async function forEachLine(
  file: string | undefined,
  stdin: NodeJS.ReadableStream,
  handle: (line: string) => void,
): Promise<void> {
  if (file && file !== "-") await ensureReadable(file);
  const input = file && file !== "-" ? createReadStream(file) : stdin;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim()) handle(line);
  }
}

export async function ensureReadable(file: string): Promise<void> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new DeckhandError("bad-input", `${file} is a directory, not a file`);
  } catch (error) {
    if (error instanceof DeckhandError) throw error;
    throw new DeckhandError("bad-input", `${file}: no such file`);
  }
}

/** One JSONL line: a result, or `{"error"}` for a line that is not a usable ticket. */
export function lineResult(line: string, run: (text: string) => unknown): string {
  try {
    if (line.length > MAX_INPUT_BYTES)
      throw new DeckhandError("bad-input", "line is larger than the ticket size limit");
    return JSON.stringify(run(line));
  } catch (error) {
    return JSON.stringify({ error: (error as Error).message });
  }
}
