import pc from "picocolors";

export type Colors = ReturnType<typeof pc.createColors>;

/** Colours only on a terminal, and never when NO_COLOR is set. */
export function colorsFor(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): Colors {
  return pc.createColors(isTTY && !env.NO_COLOR);
}

// C0 and C1 controls other than tab and newline, and bidi overrides that reorder what is shown.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes customer text safe to print: no escape sequences can reach the terminal. */
export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, (char) => (char === "\r" ? "" : "\uFFFD"));
}
