import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load-knowledge.ts";
import { LogScanner, scanStream } from "./scan-log.ts";

const { kb } = loadKnowledge();
const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

function scan(text: string, chunkSize = 1 << 20) {
  const scanner = new LogScanner("attachment:log.txt", kb.signatures);
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunkSize) scanner.push(bytes.subarray(i, i + chunkSize));
  return scanner.finish();
}

const healthy = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `10:00:${String(i % 60).padStart(2, "0")}   Info     |   copied file ${i}`,
  ).join("\n");

describe("LogScanner", () => {
  it("keeps matching lines with their original numbers, and counts every line", () => {
    const result = scan(`${healthy(5000)}\n${LOCKED}\n${healthy(5000)}\n`);
    expect(result.totalLines).toBe(10_001);
    expect(result.lines.find((line) => line.text === LOCKED)?.line).toBe(5001);
    expect(result.lines.length).toBeLessThan(200);
  });

  it("gives the same excerpt whatever the chunk size (lines split across chunks)", () => {
    const text = `${healthy(300)}\r\n${LOCKED}\r\n${healthy(300)}`;
    const whole = scan(text);
    for (const size of [1, 7, 64, 4096]) expect(scan(text, size)).toEqual(whole);
  });

  it("matches through ANSI colour codes and CRLF line ends", () => {
    const coloured =
      "\u001b[31mError: UPGRADE FAILED: another \u001b[1moperation\u001b[0m (install/upgrade/rollback) is in progress\r";
    const result = scan(`${healthy(50)}\n${coloured}\n${healthy(50)}`);
    expect(result.lines.find((line) => line.line === 51)?.text).toBe(LOCKED);
  });

  it("keeps the first errors with context lines, the head and the tail", () => {
    const result = scan(`${healthy(1000)}\nfatal: something nobody documented\n${healthy(1000)}`);
    const numbers = result.lines.map((line) => line.line);
    expect(numbers).toEqual(expect.arrayContaining([1, 30, 999, 1000, 1001, 1002, 1003, 2001]));
  });

  it("bounds the excerpt however many lines match", () => {
    const result = scan(Array.from({ length: 20_000 }, (_, i) => `error ${i}: ${LOCKED}`).join("\n"));
    expect(result.lines.length).toBeLessThanOrEqual(1500);
  });

  it("scans a stream of strings and buffers", async () => {
    async function* chunks() {
      yield await Promise.resolve("first line\n");
      yield Buffer.from(`${LOCKED}\nlast`);
    }
    const result = await scanStream(chunks(), "body", kb.signatures);
    expect(result.totalLines).toBe(3);
    expect(result.lines.map((line) => line.text)).toContain(LOCKED);
  });
});
