import type { Logger } from "../service/deps.ts";

/** One JSON object a line on stderr: easy to read for people and for log shippers. */
export function jsonLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) =>
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  return {
    info: (message, fields) => write("info", message, fields),
    error: (message, fields) => write("error", message, fields),
  };
}
