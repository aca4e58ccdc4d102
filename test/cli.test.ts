import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertContract } from "./helpers/contract.ts";

const BIN = new URL("../bin/deckhand.mjs", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "deckhand-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real CLI in a child process (asynchronously, so the test worker stays responsive). */
function deckhand(
  args: string[],
  input?: string | Buffer,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
  });
}

const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

describe("deckhand triage", () => {
  it("triages the shipped example as JSON valid against the contract", async () => {
    const run = await deckhand(["triage", "examples/helm-upgrade-locked.json", "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { diagnoses: { code: string }[]; reply: string };
    assertContract(result);
    expect(result.diagnoses[0]?.code).toBe("helm.release.operation-in-progress");
    expect(run.stdout).not.toContain("wJalrXUtnFEMI");
  });

  it("prints a readable summary without colour codes when not on a terminal", async () => {
    const run = await deckhand(["triage", "-"], LOCKED);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Area helm {3}Priority P3/);
    expect(run.stdout).toContain("Draft reply");
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it("strips bidi overrides from customer text shown on the terminal", async () => {
    const run = await deckhand(["triage"], `${LOCKED} \u202egnp.exe\u202c`);
    expect(run.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it("strips terminal control sequences from customer text", async () => {
    const run = await deckhand(["triage"], `${LOCKED}\u001b]0;pwned\u0007\u001b[2J`);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/\u001b/);
  });

  it.each([
    ["an empty input", [], "   \n", /empty/],
    ["a missing file", ["does-not-exist.json"], undefined, /does-not-exist\.json: no such file/],
    ["invalid JSON", [], '{"body": ', /invalid JSON/],
    ["a ticket without a body", [], '{"subject": "x"}', /invalid ticket: body/],
    ["a binary file", [], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 3]), /binary/],
  ])("refuses %s with one line on stderr and exit 2", async (_what, args, input, message) => {
    const run = await deckhand(["triage", ...args], input);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("streams a log larger than the in-memory limit, keeping original line numbers", async () => {
    const big = join(dir, "big.log");
    const filler = "10:00:01   Info     |   copying files to the web farm\n".repeat(200_000);
    writeFileSync(big, `${filler}${LOCKED}\n${filler}`);
    const run = await deckhand(["triage", big, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { diagnoses: { code: string; evidence: { line: number }[] }[] };
    assertContract(result);
    expect(result.diagnoses[0]?.code).toBe("helm.release.operation-in-progress");
    expect(result.diagnoses[0]?.evidence[0]?.line).toBe(200_001);
  });

  it("refuses a JSON ticket above the size limit", async () => {
    const run = await deckhand(["triage"], `{"body": "${"x".repeat(9 * 1024 * 1024)}"}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/JSON ticket is larger than/);
  });

  it("reads UTF-16 logs with a byte-order mark", async () => {
    const run = await deckhand(
      ["triage", "--json"],
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LOCKED, "utf16le")]),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("helm.release.operation-in-progress");
  });

  it("--jsonl keeps order and turns a bad line into an error object", async () => {
    const lines = [
      JSON.stringify({ body: LOCKED }),
      "not json",
      "{broken",
      JSON.stringify({ body: "" }),
      JSON.stringify({ body: "x509: certificate has expired or is not yet valid" }),
    ];
    const run = await deckhand(["triage", "--jsonl"], lines.join("\n"));
    expect(run.code).toBe(0);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(5);
    assertContract(out[0]);
    expect(out[1]).toHaveProperty("error");
    expect(out[2]).toHaveProperty("error");
    expect(out[3]).toHaveProperty("error");
    assertContract(out[4]);
  });
});

describe("deckhand redact", () => {
  it("replaces secrets in plain output and reports offsets into the original with --json", async () => {
    const text = "token ghp_abcdefghijklmnopqrstuvwxyz0123456789 here";
    expect((await deckhand(["redact"], text)).stdout).toBe("token [REDACTED:github-token] here\n");
    const json = JSON.parse((await deckhand(["redact", "--json"], text)).stdout) as {
      spans: { start: number; end: number; kind: string }[];
    };
    const [span] = json.spans;
    expect(span && text.slice(span.start, span.end)).toBe("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
  });

  it("--jsonl answers one object a line, in order", async () => {
    const run = await deckhand(
      ["redact", "--jsonl"],
      ['{"text":"AKIAIOSFODNN7EXAMPLE"}', "oops", '{"text":"clean"}'].join("\n"),
    );
    const out = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { text?: string; error?: string });
    expect(out.map((o) => o.text ?? "error")).toEqual(["[REDACTED:aws-access-key-id]", "error", "clean"]);
  });
});

describe("deckhand kb", () => {
  it("lint passes on the shipped knowledge base", async () => {
    const run = await deckhand(["kb", "lint"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("stops quietly when its reader goes away early, as with | head -1", async () => {
    const child = spawn(process.execPath, [BIN, "kb", "patterns", "--format", "rg"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const err: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(Buffer.concat(err).toString()).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it("show finds an article by code, and a missing one exits 2", async () => {
    expect((await deckhand(["kb", "show", "helm.release.operation-in-progress"])).stdout).toContain(
      "## How to fix",
    );
    expect((await deckhand(["kb", "show", "nope"])).code).toBe(2);
  });
});

describe("deckhand eval", () => {
  it("scores a cases file and prints the summary line", async () => {
    const cases = join(dir, "cases.jsonl");
    const row = {
      id: "c1",
      ticket: LOCKED,
      area: "helm",
      alt_areas: [],
      codes: ["helm.release.operation-in-progress"],
      missing_fact_codes: [],
      product_bug: false,
      priority: "P3",
    };
    writeFileSync(cases, JSON.stringify(row) + "\n");
    const run = await deckhand(["eval", "--cases", cases, "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^eval: 1 cases {2}top1 100\.0% {2}top3 100\.0% {2}area 100\.0%/);
  });

  it("refuses a cases file with a bad line, naming the line", async () => {
    const cases = join(dir, "bad.jsonl");
    writeFileSync(cases, '{"id": 1}\n');
    const run = await deckhand(["eval", "--cases", cases]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.jsonl:1:/);
  });
});
