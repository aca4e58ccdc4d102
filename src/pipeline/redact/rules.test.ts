import { describe, expect, it } from "vitest";
import { redact } from "./redact.ts";
import { CREDENTIAL_TABLES } from "./rule-cases-credentials.ts";
import { TOKEN_TABLES } from "./rule-cases-tokens.ts";
import { RULES } from "./rules.ts";

const KIND_TABLES = { ...TOKEN_TABLES, ...CREDENTIAL_TABLES };
const kinds = [...new Set(RULES.map((rule) => rule.kind))];

describe("rules", () => {
  it("cover at least 40 kinds of secrets, each with its own test table", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(40);
    expect(kinds.filter((kind) => !KIND_TABLES[kind])).toEqual([]);
  });

  it("keep every pattern global and free of nested unbounded quantifiers", () => {
    for (const rule of RULES) {
      expect(rule.pattern.flags).toContain("g");
      expect(rule.pattern.source).not.toMatch(/\)[+*]\)?[+*{]|[+*]\)[+*{]/);
    }
  });
});

describe.each(Object.entries(KIND_TABLES))("%s", (kind, table) => {
  it.each(table.hits)("redacts %j", (text, secret) => {
    const result = redact(text);
    expect(result.text).not.toContain(secret);
    const start = text.indexOf(secret);
    const span = result.spans.find((s) => s.start <= start && s.end >= start + secret.length);
    expect(span?.kind).toBe(kind);
  });

  it.each(table.misses)("leaves %j untouched", (text) => {
    expect(redact(text)).toEqual({ text, spans: [] });
  });
});
