/** Where the CLI writes; passed in so commands never touch process.stdout directly. */
export interface Output {
  line(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  /** Whether stderr is a terminal (progress is shown only there). */
  errIsTTY: boolean;
  /** Writes to stderr without a newline (progress lines). */
  errRaw(text: string): void;
}

export function processOutput(): Output {
  return {
    line: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    errRaw: (text) => process.stderr.write(text),
  };
}
