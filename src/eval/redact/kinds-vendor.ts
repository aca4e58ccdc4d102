/* Secrets of AWS and source hosts, by format. */
import { b64, TOKEN_CTX, type KindSpec } from "./kind-spec.ts";
import { ALNUM, B64, B64URL, HEX, UPPER_ALNUM } from "./prng.ts";

export const VENDOR_KINDS: KindSpec[] = [
  {
    kind: "aws-access-key-id",
    formatOnly: true,
    secret: (r) => r.pick(["AKIA", "ASIA", "AROA"]) + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    contexts: [
      "aws_access_key_id = §",
      "export AWS_ACCESS_KEY_ID=§",
      '"AccessKeyId": "§",',
      "User: arn:aws:iam::123456789012:user/ci with key § is not authorized",
    ],
  },
  {
    kind: "aws-secret-access-key",
    secret: (r) => r.chars(B64, 40),
    contexts: [
      "aws_secret_access_key = §",
      "export AWS_SECRET_ACCESS_KEY=§",
      '"SecretAccessKey": "§",',
      "  secretKey: §",
    ],
  },
  {
    kind: "aws-session-token",
    secret: (r) => "IQoJb3JpZ2luX2Vj" + b64(r, r.int(200, 400)),
    contexts: ["aws_session_token = §", "export AWS_SESSION_TOKEN=§", '"SessionToken": "§",'],
  },
  {
    kind: "github-token",
    formatOnly: true,
    secret: (r) => "ghp_" + r.chars(ALNUM, 36),
    contexts: [...TOKEN_CTX, "git clone https://x-access-token:§@github.com/acme/app.git"],
  },
  {
    kind: "github-fine-grained-token",
    formatOnly: true,
    secret: (r) => `github_pat_11${r.chars(UPPER_ALNUM, 20)}_${r.chars(ALNUM, 59)}`,
    contexts: TOKEN_CTX,
  },
  {
    kind: "github-oauth-token",
    formatOnly: true,
    secret: (r) => "gho_" + r.chars(ALNUM, 36),
    contexts: TOKEN_CTX,
  },
  {
    kind: "github-app-token",
    formatOnly: true,
    secret: (r) => r.pick(["ghs_", "ghu_"]) + r.chars(ALNUM, 36),
    contexts: TOKEN_CTX,
  },
  {
    kind: "github-refresh-token",
    formatOnly: true,
    secret: (r) => "ghr_" + r.chars(ALNUM, 76),
    contexts: TOKEN_CTX,
  },
  {
    kind: "gitlab-token",
    formatOnly: true,
    secret: (r) => r.pick(["glpat-", "gldt-", "gloas-"]) + r.chars(B64URL, 20),
    contexts: [...TOKEN_CTX, "git clone https://oauth2:§@gitlab.example.com/g/p.git"],
  },
  {
    kind: "gitlab-runner-token",
    formatOnly: true,
    secret: (r) => r.pick(["glrt-", "GR1348941"]) + r.chars(B64URL, 20),
    contexts: ["gitlab-runner register --token §", '  token = "§"', "Registering runner with §"],
  },
  {
    kind: "gitlab-ci-token",
    formatOnly: true,
    secret: (r) => (r.chance(0.5) ? "glptt-" + r.chars(HEX, 40) : "glcbt-" + r.chars(B64URL, 20)),
    contexts: TOKEN_CTX,
  },
  {
    kind: "bitbucket-app-password",
    formatOnly: true,
    secret: (r) => "ATBB" + r.chars(ALNUM, 28) + r.chars(HEX.toUpperCase(), 8),
    contexts: [
      "git clone https://user:§@bitbucket.org/acme/app.git",
      "BITBUCKET_APP_PASSWORD=§",
      "password: §",
    ],
  },
  {
    kind: "atlassian-api-token",
    formatOnly: true,
    secret: (r) => "ATATT3" + r.chars(B64URL, 180) + "=" + r.chars(HEX.toUpperCase(), 8),
    contexts: TOKEN_CTX,
  },
  {
    kind: "octopus-api-key",
    formatOnly: true,
    secret: (r) => "API-" + r.chars(UPPER_ALNUM, r.int(26, 32)),
    contexts: [
      "octo create-release --apiKey § --server https://octo.example.com",
      "Octopus.Client: X-Octopus-ApiKey: §",
      "OCTOPUS_CLI_API_KEY=§",
      "Tentacle.exe register-with --apiKey=§",
    ],
  },
];
