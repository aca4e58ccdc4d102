import { describe, expect, it } from "vitest";
import { countByKind, redact } from "./redact.ts";
import { redactTicket } from "./redact-ticket.ts";

// One row a kind: text holding a secret, the kind expected, and the secret that must disappear.
const SECRETS: [kind: string, text: string, secret: string][] = [
  ["aws-access-key-id", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"],
  [
    "aws-secret-access-key",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  ],
  [
    "github-token",
    "git clone https://x:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/a/b",
    "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
  ],
  [
    "github-token",
    "GH_TOKEN=github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
    "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
  ],
  ["gitlab-token", "token glpat-AbCdEfGhIjKlMnOpQrSt used", "glpat-AbCdEfGhIjKlMnOpQrSt"],
  [
    "octopus-api-key",
    "octo push --apiKey API-ABCDEFGHIJKLMNOPQRSTUVWXYZ12 --server x",
    "API-ABCDEFGHIJKLMNOPQRSTUVWXYZ12",
  ],
  [
    "private-key",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx\n-----END RSA PRIVATE KEY-----",
    "MIIEowIBAAKCAQEAx",
  ],
  [
    "jwt",
    "Authorization: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXZhbHVl",
    "eyJhbGciOiJSUzI1NiJ9",
  ],
  ["url-password", "postgres://app:S3cretPass@db.internal:5432/shop", "S3cretPass"],
  [
    "connection-string-password",
    "Server=tcp:sql;Database=Octopus;User Id=sa;Password=Pa55w0rd!;",
    "Pa55w0rd!",
  ],
  ["password-assignment", "DB_PASSWORD: hunter2x", "hunter2x"],
  [
    "slack-webhook",
    "url: https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "XXXXXXXXXXXXXXXXXXXXXXXX",
  ],
  ["docker-auth", '{"auths":{"ghcr.io":{"auth":"dXNlcjpwYXNzd29yZDEyMw=="}}}', "dXNlcjpwYXNzd29yZDEyMw=="],
  [
    "kubeconfig-credential",
    "    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=",
    "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=",
  ],
];

// Text that must come out unchanged: the diagnosis needs it.
const KEEP = [
  "image sha256:2f0c8b8e7a0fd1d0b7e4b4c9e7b1a2c3d4e5f60718293a4b5c6d7e8f90a1b2c3",
  "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  "uid 123e4567-e89b-12d3-a456-426614174000 in ServerTasks-4567 for Deployments-123",
  "The password is wrong for this user, please reset the password.",
  "password: ${DB_PASSWORD}",
  "no tokens were found; check the --token flag",
  'pods "jupyter-appopenshift" is forbidden: failed quota: compute-resources: must specify limits.memory',
];

describe("redact", () => {
  it.each(SECRETS)("removes a %s", (kind, text, secret) => {
    const result = redact(text);
    expect(result.text).not.toContain(secret);
    expect(result.spans.map((span) => span.kind)).toContain(kind);
    expect(result.text).toContain(`[REDACTED:${kind}]`);
  });

  it.each(KEEP)("leaves %s untouched", (text) => {
    expect(redact(text)).toEqual({ text, spans: [] });
  });

  it("reports offsets into the original text, after emoji and CRLF", () => {
    const text = "🚀 deploy\r\npassword=hunter2x\r\n";
    const [span] = redact(text).spans;
    expect(span && text.slice(span.start, span.end)).toBe("hunter2x");
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
      attachments: [{ name: "values.yaml", text: "adminPassword: Sup3rS3cret" }],
    });
    expect(JSON.stringify(ticket)).not.toMatch(/AKIAIOSFODNN7EXAMPLE|Sup3rS3cret|API-ABCDEFGH/);
    expect(redactions.reduce((sum, r) => sum + r.count, 0)).toBe(3);
  });
});
