import { open, stat } from "node:fs/promises";
import { DeckhandError } from "../domain/errors.ts";
import { MAX_TEXT_BYTES, ZTicket, type TTicket } from "../domain/ticket.ts";

/** Largest single input the CLI reads (the ticket text plus JSON framing). */
export const MAX_INPUT_BYTES = MAX_TEXT_BYTES + 64 * 1024;

/** Reads a file, or standard input for `-` or no file, refusing binary or oversized input. */
export async function readInputText(file: string | undefined, stdin: NodeJS.ReadableStream): Promise<string> {
  const bytes = file && file !== "-" ? await readFileBounded(file) : await readStreamBounded(stdin);
  return decodeText(bytes, file && file !== "-" ? file : "standard input");
}

async function readFileBounded(file: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new DeckhandError("bad-input", `${file} is a directory, not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof DeckhandError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new DeckhandError(
      "bad-input",
      code === "ENOENT" ? `${file}: no such file` : `cannot read ${file}: ${(error as Error).message}`,
    );
  }
  if (size > MAX_INPUT_BYTES) throw tooLarge(file, size);
  const handle = await open(file, "r");
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStreamBounded(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge("standard input", total);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(what: string, size: number): DeckhandError {
  const mib = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
  const actual = size > MAX_INPUT_BYTES + 1 ? mib(size) : `over ${mib(MAX_INPUT_BYTES)}`;
  return new DeckhandError(
    "bad-input",
    `${what} is ${actual}; the largest ticket Deckhand reads is ${mib(MAX_INPUT_BYTES)} (attach the part of the log around the failure)`,
  );
}

/** Decodes UTF-8 (or UTF-16 with a byte-order mark); refuses binary data. */
export function decodeText(bytes: Buffer, what: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes.subarray(2).toString("utf16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new DeckhandError("bad-input", `${what} looks like a binary file, not text`);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 16 && replaced > text.length / 100)
    throw new DeckhandError("bad-input", `${what} is not UTF-8 text`);
  if (!text.trim())
    throw new DeckhandError("bad-input", `${what} is empty: give a ticket as JSON or plain text`);
  return text;
}

/** A ticket is JSON when it starts with `{`, otherwise the whole text is its body. */
export function parseTicket(text: string): TTicket {
  const trimmed = text.trim();
  if (!trimmed) throw new DeckhandError("bad-input", "the ticket is empty");
  if (!trimmed.startsWith("{")) return { body: text };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    throw new DeckhandError("bad-input", `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = ZTicket.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "ticket";
    throw new DeckhandError("bad-input", `invalid ticket: ${field}: ${issue?.message ?? "not a ticket"}`);
  }
  return parsed.data;
}

/** In JSONL every line must be a JSON ticket object. */
export function parseTicketLine(line: string): TTicket {
  if (!line.trim().startsWith("{"))
    throw new DeckhandError("bad-input", "each line must be a JSON ticket object");
  return parseTicket(line);
}

export type Input =
  | { kind: "text"; text: string }
  | { kind: "stream"; chunks: AsyncIterable<Buffer>; size: number | null; name: string };

/**
 * Reads the input whole when it fits the ticket limit; a larger plain-text log comes back as a
 * stream of chunks instead, for the scanner (the chunks already read are replayed first).
 */
export async function readInputOrStream(
  file: string | undefined,
  stdin: NodeJS.ReadableStream,
): Promise<Input> {
  if (file && file !== "-") {
    let size: number;
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw new DeckhandError("bad-input", `${file} is a directory, not a file`);
      size = info.size;
    } catch (error) {
      if (error instanceof DeckhandError) throw error;
      throw new DeckhandError("bad-input", `${file}: no such file`);
    }
    if (size <= MAX_INPUT_BYTES) return { kind: "text", text: await readInputText(file, stdin) };
    const handle = await open(file, "r");
    const head = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    await handle.close();
    if (head.subarray(0, bytesRead).includes(0))
      throw new DeckhandError("bad-input", `${file} looks like a binary file, not text`);
    refuseLargeJson(head.subarray(0, bytesRead));
    const { createReadStream } = await import("node:fs");
    return { kind: "stream", chunks: createReadStream(file, { highWaterMark: 1 << 20 }), size, name: file };
  }
  const read: Buffer[] = [];
  let total = 0;
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { kind: "text", text: decodeText(Buffer.concat(read), "standard input") };
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    read.push(chunk);
    total += chunk.length;
    if (total > MAX_INPUT_BYTES) break;
  }
  const head = Buffer.concat(read).subarray(0, 8192);
  if (head.includes(0))
    throw new DeckhandError("bad-input", "standard input looks like a binary file, not text");
  refuseLargeJson(head);
  async function* replay(): AsyncIterable<Buffer> {
    yield* read;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    }
  }
  return { kind: "stream", chunks: replay(), size: null, name: "standard input" };
}

/** Only plain-text logs are streamed: a JSON ticket must fit in memory to be parsed. */
function refuseLargeJson(head: Buffer): void {
  if (head.toString("utf8").trimStart().startsWith("{"))
    throw new DeckhandError(
      "bad-input",
      `the JSON ticket is larger than ${Math.floor(MAX_INPUT_BYTES / 1024 / 1024)} MiB; send a large log as plain text (it is then scanned as a stream)`,
    );
}
