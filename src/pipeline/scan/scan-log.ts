import type { CompiledSignature } from "../../knowledge/knowledge-base.ts";
import type { DocLine } from "../extract/document.ts";
import type { AhoCorasick } from "./aho-corasick.ts";
import { SignatureIndex } from "./signature-index.ts";

/** Words that mark a line as a possible error, kept (with context) even when no signature matches. */
const ERROR_WORDS = [
  "error",
  "fail",
  "fatal",
  "exception",
  "denied",
  "forbidden",
  "refused",
  "unable",
  "cannot",
  "timed out",
  "panic",
  "x509",
  "unauthorized",
];
/** Longest line read whole; the rest of a longer line is scanned for literals but not kept. */
const MAX_LINE_BYTES = 8192;
const MAX_HITS_PER_SIGNATURE = 3;
const MAX_ERROR_LINES = 40;
const CONTEXT = 2;
const HEAD_LINES = 30;
const TAIL_LINES = 20;
const MAX_EXCERPT = 1500;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

export interface ScanResult {
  /** The lines worth triaging (signature hits, first errors with context, head and tail), by number. */
  lines: DocLine[];
  totalLines: number;
  totalBytes: number;
}

const EMPTY = Buffer.alloc(0);

interface LineRef {
  number: number;
  buffer: Buffer;
  start: number;
  end: number;
}

/**
 * Scans a log of any size as a stream of bytes in bounded memory: one Aho-Corasick pass over each
 * line finds the signatures' required fragments, and only candidate lines meet their expressions.
 * Lines are split with the native indexOf; ANSI colour codes and carriage returns are removed
 * before matching.
 */
export class LogScanner {
  private readonly tables: ReturnType<AhoCorasick["flat"]>;
  /** Position of the next ESC byte in the current chunk (colour codes), or -1. */
  private nextEscape = -1;
  /** literal id -> signature indexes triggered by it; ids from errorBase on are error words. */
  private readonly triggers: readonly Int32Array[];
  private readonly errorBase: number;
  private readonly unfiltered: readonly number[];
  private readonly hitCounts: Uint8Array;
  private readonly signatureStamp: Int32Array;
  private readonly literalStamp: Int32Array;
  private readonly found: Int32Array;
  private carry: Buffer | null = null;
  private lineNumber = 1;
  private bytes = 0;
  private readonly kept = new Map<number, string>();
  /** The last TAIL_LINES lines as references into their chunks: decoded only if kept. */
  private readonly recent: LineRef[] = Array.from({ length: TAIL_LINES }, () => ({
    number: 0,
    buffer: EMPTY,
    start: 0,
    end: 0,
  }));
  private recentNext = 0;
  /** The current line, decoded at most once, and only when something needs its text. */
  private text: string | null = null;
  private lower: string | null = null;
  private currentBuffer: Buffer = EMPTY;
  private currentStart = 0;
  private currentEnd = 0;
  private afterError = 0;
  private errorLines = 0;

  constructor(
    private readonly source: string,
    private readonly signatures: CompiledSignature[],
  ) {
    const index = new SignatureIndex(signatures, ERROR_WORDS);
    this.triggers = index.triggers;
    this.unfiltered = index.unfiltered;
    this.errorBase = index.literalCount;
    this.tables = index.tables;
    const literals = index.literalCount + ERROR_WORDS.length;
    this.literalStamp = new Int32Array(literals).fill(-1);
    this.found = new Int32Array(literals);
    this.hitCounts = new Uint8Array(signatures.length);
    this.signatureStamp = new Int32Array(signatures.length).fill(-1);
  }

  /** Feeds the next chunk of the log. */
  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.nextEscape = chunk.indexOf(0x1b);
    let position = 0;
    if (this.carry) {
      const newline = chunk.indexOf(10);
      if (newline === -1) {
        this.appendCarry(chunk);
        return;
      }
      this.appendCarry(chunk.subarray(0, newline));
      const line = this.carry;
      this.carry = null;
      const escape = this.nextEscape;
      this.nextEscape = line.indexOf(0x1b);
      this.line(line, 0, line.length);
      this.nextEscape = escape === -1 || escape > newline ? escape : chunk.indexOf(0x1b, newline);
      position = newline + 1;
    }
    for (;;) {
      const newline = chunk.indexOf(10, position);
      if (newline === -1) break;
      this.line(chunk, position, newline);
      position = newline + 1;
    }
    if (position < chunk.length) this.appendCarry(chunk.subarray(position));
  }

  /** Ends the scan (a last line without a newline counts) and returns the excerpt. */
  finish(): ScanResult {
    if (this.carry) {
      const line = this.carry;
      this.carry = null;
      this.nextEscape = line.indexOf(0x1b);
      this.line(line, 0, line.length);
    }
    for (const ref of this.lastLines(TAIL_LINES))
      this.keep(ref.number, decode(ref.buffer, ref.start, ref.end));
    const lines = [...this.kept.entries()]
      .sort((a, b) => a[0] - b[0])
      .slice(0, MAX_EXCERPT)
      .map(([line, text]) => ({ source: this.source, line, text }));
    return { lines, totalLines: this.lineNumber - 1, totalBytes: this.bytes };
  }

  get bytesRead(): number {
    return this.bytes;
  }

  private appendCarry(part: Buffer): void {
    const current = this.carry ?? Buffer.alloc(0);
    const room = MAX_LINE_BYTES - current.length;
    // Past the line limit, the rest of the line is dropped: it is neither matched nor kept.
    this.carry = room > 0 ? Buffer.concat([current, part.subarray(0, room)]) : current;
  }

  private line(source: Buffer, from: number, to: number): void {
    const number = this.lineNumber++;
    let buffer = source;
    let start = from;
    let end = Math.min(to, from + MAX_LINE_BYTES);
    if (this.nextEscape !== -1 && this.nextEscape < to) {
      // Colour codes would split the fragments: match on the line without them. The copy is
      // referenced by the recent-lines ring, so it gets its own buffer rather than a shared scratch.
      buffer = stripEscapes(source, from, end);
      start = 0;
      end = buffer.length;
      this.nextEscape = source.indexOf(0x1b, to);
    }
    const { transitions, classes, classCount, outStart, outLength, outIds } = this.tables;
    const stamp = this.literalStamp;
    const found = this.found;
    let count = 0;
    let state = 0;
    for (let i = start; i < end; i++) {
      state = transitions[state * classCount + (classes[buffer[i] as number] as number)] as number;
      const length = outLength[state] as number;
      if (length !== 0) {
        const first = outStart[state] as number;
        for (let k = first; k < first + length; k++) {
          const id = outIds[k] as number;
          if (stamp[id] !== number) {
            stamp[id] = number;
            found[count++] = id;
          }
        }
      }
    }
    this.currentBuffer = buffer;
    this.currentStart = start;
    this.currentEnd = end;
    this.text = null;
    this.lower = null;
    let keep = number <= HEAD_LINES;
    let errorWord = false;
    for (let k = 0; k < count; k++) {
      const id = this.found[k] as number;
      if (id >= this.errorBase) {
        errorWord = true;
        continue;
      }
      const triggered = this.triggers[id] as Int32Array;
      for (let t = 0; t < triggered.length; t++) if (this.test(triggered[t] as number, number)) keep = true;
    }
    for (const index of this.unfiltered) if (this.test(index, number)) keep = true;
    if (errorWord && this.errorLines < MAX_ERROR_LINES) {
      this.errorLines++;
      keep = true;
      for (const ref of this.lastLines(CONTEXT))
        this.keep(ref.number, decode(ref.buffer, ref.start, ref.end));
      this.afterError = CONTEXT;
    } else if (this.afterError > 0) {
      this.afterError--;
      keep = true;
    }
    if (keep) this.keep(number, this.lineText());
    if (end > start) {
      const slot = this.recent[this.recentNext] as LineRef;
      slot.number = number;
      slot.buffer = buffer;
      slot.start = start;
      slot.end = end;
      this.recentNext = (this.recentNext + 1) % TAIL_LINES;
    }
  }

  /** The last `count` non-empty lines before the current one, oldest first. */
  private lastLines(count: number): LineRef[] {
    const lines: LineRef[] = [];
    for (let back = count; back >= 1; back--) {
      const ref = this.recent[(this.recentNext - back + TAIL_LINES * 2) % TAIL_LINES] as LineRef;
      if (ref.number > 0) lines.push(ref);
    }
    return lines;
  }

  private lineText(): string {
    return (this.text ??= decode(this.currentBuffer, this.currentStart, this.currentEnd));
  }

  /** Runs one signature on the current line, once per line, while it still needs hits. */
  private test(index: number, number: number): boolean {
    if (this.signatureStamp[index] === number || (this.hitCounts[index] as number) >= MAX_HITS_PER_SIGNATURE)
      return false;
    this.signatureStamp[index] = number;
    const signature = this.signatures[index] as CompiledSignature;
    if (signature.guards.length > 0) {
      const line = (this.lower ??= this.lineText().toLowerCase());
      if (!signature.guards.every((set) => set.some((literal) => line.includes(literal)))) return false;
    }
    if (!signature.regex.test(this.lineText())) return false;
    this.hitCounts[index] = (this.hitCounts[index] as number) + 1;
    return true;
  }

  private keep(line: number, text: string): void {
    if (this.kept.size < MAX_EXCERPT * 2 && text.trim()) this.kept.set(line, text);
  }
}

/** Copies bytes [start, end) without ANSI escape sequences (CSI, OSC and two-byte escapes). */
function stripEscapes(source: Buffer, start: number, end: number): Buffer {
  const out = Buffer.allocUnsafe(end - start);
  let length = 0;
  for (let i = start; i < end; i++) {
    const byte = source[i] as number;
    if (byte !== 0x1b) {
      out[length++] = byte;
      continue;
    }
    const kind = source[i + 1];
    if (kind === 0x5b) {
      i += 2;
      while (i < end && !((source[i] as number) >= 0x40 && (source[i] as number) <= 0x7e)) i++;
    } else if (kind === 0x5d) {
      i += 2;
      while (i < end && source[i] !== 0x07 && !(source[i] === 0x1b && source[i + 1] === 0x5c)) i++;
      if (source[i] === 0x1b) i++;
    } else {
      i++;
    }
  }
  return out.subarray(0, length);
}

/** A line as text: UTF-8, without colour codes or a trailing carriage return. */
function decode(buffer: Buffer, start: number, end: number): string {
  const text = buffer.toString("utf8", start, end);
  return (text.includes("\u001b") ? text.replace(ANSI, "") : text).replace(/\r$/, "");
}

/** Scans a readable stream to its end; `onProgress` gets the byte count as it goes. */
export async function scanStream(
  stream: AsyncIterable<Buffer | string>,
  source: string,
  signatures: CompiledSignature[],
  onProgress?: (bytes: number) => void,
): Promise<ScanResult> {
  const scanner = new LogScanner(source, signatures);
  for await (const chunk of stream) {
    scanner.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    onProgress?.(scanner.bytesRead);
  }
  return scanner.finish();
}
