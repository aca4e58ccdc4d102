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

/**
 * The process's streams. A reader that goes away early (`deckhand eval | head -1`) is not an
 * error: the command stops quietly, as other Unix tools do.
 */
export function processOutput(): Output {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  return {
    line: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    errRaw: (text) => process.stderr.write(text),
  };
}
