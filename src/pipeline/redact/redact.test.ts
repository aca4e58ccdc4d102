import { describe, expect, it } from "vitest";
import { countByKind, redact, type RedactionSpan } from "./redact.ts";
import { redactTicket } from "./redact-ticket.ts";

const GHP = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
const B64_LINE = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2";

/** The replacement text is exactly the original with each span swapped for its marker. */
function rebuild(text: string, spans: RedactionSpan[]): string {
  let out = "";
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + `[REDACTED:${span.kind}]`;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

// Text that must come out unchanged: the diagnosis needs it.
const KEEP = [
  "image sha256:2f0c8b8e7a0fd1d0b7e4b4c9e7b1a2c3d4e5f60718293a4b5c6d7e8f90a1b2c3",
  "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  "uid 123e4567-e89b-12d3-a456-426614174000 in ServerTasks-4567 for Deployments-123",
  "The password is wrong for this user, please reset the password.",
  "password: ${DB_PASSWORD}",
  "no tokens were found; check the --token flag",
  'pods "jupyter-appopenshift" is forbidden: failed quota: compute-resources: must specify limits.memory',
  "data:\n  config.json: eyJyZXBsaWNhcyI6MywiaW1hZ2UiOiJuZ2lueCJ9",
  "apiKey: <token>  token: ****  password: changeme  secret: ${{ secrets.DEPLOY }}",
];

// Secrets in disguise: [why, text, the secret's original characters].
const EVASIONS: [string, string, string][] = [
  [
    "split by ANSI colour codes",
    `token \x1b[32mghp_abcdefghij\x1b[0m\x1b[1mklmnopqrstuvwxyz0123456789\x1b[0m`,
    "ghp_abcdefghij",
  ],
  ["JSON-escaped", '{"log":"key \\u0041KIAIOSFODNN7EXAMPLE used"}', "\\u0041KIAIOSFODNN7EXAMPLE"],
  [
    "JSON-escaped slashes",
    '{"url":"https:\\/\\/hooks.slack.com\\/services\\/T0000000\\/B0000000\\/XXXXXXXXXXXXXXXXXXXXXXXX"}',
    "XXXXXXXXXXXXXXXXXXXXXXXX",
  ],
  ["percent-encoded in a URL", `https://ci.acme.io/cb?next=https%3A%2F%2Fx%3A${GHP}%40github.com`, GHP],
  ["a password percent-encoded in a URL", "postgres://app:p%40ss%3Aw0rd@db/shop", "p%40ss%3Aw0rd"],
  [
    "a base64 value wrapped over lines",
    `client-key-data: ${B64_LINE}\n    ${B64_LINE}\n    QUJD==\nkind: Config`,
    "QUJD==",
  ],
];

describe("redact", () => {
  it.each(KEEP)("leaves %j untouched", (text) => {
    expect(redact(text)).toEqual({ text, spans: [] });
  });

  it.each(EVASIONS)("finds a secret %s", (_why, text, secret) => {
    const { spans } = redact(text);
    const start = text.indexOf(secret);
    expect(spans.some((s) => s.start <= start && s.end >= start + secret.length)).toBe(true);
  });

  it("reports offsets into the original text, after emoji and CRLF", () => {
    const text = "🚀 deploy 👀\r\npassword=hunter2x\r\ntoken " + GHP + "\r\n";
    const spans = redact(text).spans;
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["hunter2x", GHP]);
  });

  it("never returns overlapping spans and replaces exactly each span", () => {
    const text = `git clone https://x:${GHP}@github.com/a/b\nGITHUB_TOKEN=${GHP}\npassword: "${GHP}"`;
    const result = redact(text);
    result.spans.forEach((span, i) =>
      expect(span.start).toBeGreaterThanOrEqual(result.spans[i - 1]?.end ?? 0),
    );
    expect(result.text).toBe(rebuild(text, result.spans));
    expect(result.spans.every((s) => s.kind === "github-token")).toBe(true);
  });

  it("redacts a megabyte of log in linear time", () => {
    const line = `2024-01-01T00:00:00Z INFO step ok password: x token= api-key: ${"a".repeat(60)}\n`;
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    expect(() => redact(text)).not.toThrow();
  });

  it("counts kinds for the contract's redactions list", () => {
    const { spans } = redact(
      "AKIAIOSFODNN7EXAMPLE and AKIAIOSFODNN7EXAMPLF and API-ABCDEFGHIJKLMNOPQRSTUVWXYZ12",
    );
    expect(countByKind(spans)).toEqual([
      { kind: "aws-access-key-id", count: 2 },
      { kind: "octopus-api-key", count: 1 },
    ]);
  });

  it("redacts every free-text field of a ticket", () => {
    const { ticket, redactions } = redactTicket({
      externalId: "mail-API-ABCDEFGHIJKLMNOPQRSTUVWXYZ12",
      subject: "key AKIAIOSFODNN7EXAMPLE leaked?",
      body: "see attachment",
      attachments: [{ name: `values-${GHP}.yaml`, text: "adminPassword: Sup3rS3cret" }],
    });
    expect(JSON.stringify(ticket)).not.toMatch(/AKIAIOSFODNN7EXAMPLE|Sup3rS3cret|API-ABCDEFGH|ghp_/);
    expect(redactions.reduce((sum, r) => sum + r.count, 0)).toBe(4);
  });
});
