/**
 * Secret-detection rules, as data. `pattern` is matched globally; when it has a group named
 * `secret`, only that group is replaced, so the key name stays readable ("password=[REDACTED]").
 * `keywords` is a cheap prefilter: the rule only runs on text containing one of them.
 */
export interface RedactionRule {
  kind: string;
  pattern: RegExp;
  keywords?: string[];
  /** Values that look like a secret by shape but are placeholders or references. */
  allow?: RegExp;
  /** For rules keyed on words from prose: the value must also look random enough to be a secret. */
  requireSecretShape?: boolean;
}

const PLACEHOLDER =
  /^(?:\*+|x+|\.+|<[^>]*>|\[[^\]]*\]|\$\{[^}]*\}|\$\([^)]*\)|\$\{\{[^}]*\}\}|\{\{[^}]*\}\}|#\{[^}]*\}|%[A-Z_]+%|\$[A-Z_][A-Z0-9_]*|true|false|null|none|nil|required|optional|changeme|redacted|REDACTED[^\s]*|secret|password|token|string)$/i;

export const RULES: RedactionRule[] = [
  {
    kind: "private-key",
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
    keywords: ["PRIVATE KEY"],
  },
  { kind: "aws-access-key-id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AROA)[A-Z0-9]{16}\b/g },
  {
    kind: "aws-secret-access-key",
    pattern:
      /aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    keywords: ["secret"],
  },
  {
    kind: "aws-session-token",
    pattern: /aws_?session_?token["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+=]{100,})/gi,
    keywords: ["session"],
  },
  { kind: "github-token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: "gitlab-token", pattern: /\bgl(?:pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_-]{20,}/g },
  { kind: "slack-token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  {
    kind: "slack-webhook",
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,}/g,
  },
  { kind: "octopus-api-key", pattern: /\bAPI-[A-Z0-9]{25,40}\b/g },
  {
    kind: "codefresh-api-key",
    pattern: /(?<![0-9a-f])[0-9a-f]{24}\.[0-9a-f]{32}(?![0-9a-f])/g,
  },
  { kind: "gcp-api-key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: "npm-token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: "pypi-token", pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g },
  { kind: "nuget-api-key", pattern: /\boy2[a-z0-9]{43}\b/g },
  { kind: "vault-token", pattern: /\bhv[sbr]\.[A-Za-z0-9_-]{24,}/g },
  { kind: "stripe-key", pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,}\b/g },
  { kind: "sendgrid-key", pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { kind: "twilio-key", pattern: /\bSK[0-9a-f]{32}\b/g },
  {
    kind: "jwt",
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  },
  {
    kind: "azure-storage-key",
    pattern: /\b(?:AccountKey|SharedAccessKey)=(?<secret>[A-Za-z0-9+/=]{20,})/g,
    keywords: ["AccountKey", "SharedAccessKey"],
  },
  {
    kind: "azure-sas-token",
    pattern: /[?&]sig=(?<secret>[A-Za-z0-9%+/=]{16,})/g,
    keywords: ["sig="],
  },
  {
    kind: "url-password",
    pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'<>]{1,100}:(?<secret>[^\s@/"'<>]{1,200})@/gi,
    keywords: ["://"],
    allow: PLACEHOLDER,
  },
  {
    kind: "connection-string-password",
    pattern: /\b(?:password|pwd)\s*=\s*(?<secret>"[^"\r\n]{1,200}"|'[^'\r\n]{1,200}'|[^;'"\s]{1,200})/gi,
    keywords: ["password", "pwd"],
    allow: /^(?:["']?)(?:\*+|<[^>]*>|\$\{[^}]*\}|\$\([^)]*\)|#\{[^}]*\})(?:["']?)$/,
  },
  {
    kind: "kubeconfig-credential",
    pattern:
      /\b(?:client-key-data|client-certificate-data|id-token|refresh-token)["']?\s*:\s*["']?(?<secret>[A-Za-z0-9+/=._-]{20,})/g,
    keywords: ["-data", "-token"],
  },
  {
    kind: "docker-auth",
    pattern: /"(?:auth|identitytoken)"\s*:\s*"(?<secret>[A-Za-z0-9+/=]{12,})"/g,
    keywords: ['"auth', "identitytoken"],
  },
  {
    kind: "bearer-token",
    pattern: /\b(?:Bearer|token)\s+(?<secret>[A-Za-z0-9._~+/=-]{20,})/g,
    keywords: ["Bearer", "token"],
    allow: PLACEHOLDER,
    requireSecretShape: true,
  },
  {
    kind: "password-assignment",
    pattern:
      /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?(?:password|passwd|pwd|secret|client[_-]?secret)["']?\s*[:=]\s*(?<secret>"[^"\r\n]{3,200}"|'[^'\r\n]{3,200}'|[^\s"',;{}()[\]]{3,200})/gi,
    keywords: ["pass", "pwd", "secret"],
    allow: PLACEHOLDER,
  },
  {
    kind: "token-assignment",
    pattern:
      /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?(?:token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key)["']?\s*[:=]\s*(?<secret>"[^"\r\n]{6,400}"|'[^'\r\n]{6,400}'|[^\s"',;{}()[\]]{6,400})/gi,
    keywords: ["token", "key"],
    allow: PLACEHOLDER,
    requireSecretShape: true,
  },
  {
    kind: "cli-password-flag",
    pattern:
      /(?:^|\s)--?(?:password|token|api-key|apikey|secret|p)[= ](?<secret>"[^"\r\n]{1,200}"|'[^'\r\n]{1,200}'|[^\s"'$-][^\s"']{3,200})/gi,
    keywords: ["--", "-p"],
    allow: PLACEHOLDER,
    requireSecretShape: true,
  },
];
