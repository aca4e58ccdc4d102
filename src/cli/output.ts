/** Where the CLI writes; passed in so commands never touch process.stdout directly. */
export interface Output {
  line(text: string): void;
  err(text: string): void;
  isTTY: boolean;
}

export function processOutput(): Output {
  return {
    line: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    isTTY: Boolean(process.stdout.isTTY),
  };
}
