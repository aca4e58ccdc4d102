import { PLACEHOLDER, looksGenerated, looksLikePassword, type RedactionRule } from "../rule.ts";

// `key: value`, `key=value`, `"key": "value"`, `KEY => value`. The key may carry a prefix
// (DB_PASSWORD, adminPassword, auth.password); the value is quoted or runs to a delimiter, and an
// unquoted value must end at one, so code like `password = getenv(...)` is not taken for a secret.
const VALUE = `(?<secret>"[^"\\r\\n]{1,300}"|'[^'\\r\\n]{1,300}'|[^\\s"'\`,;&{}()[\\]<>\\\\][^\\s"'\`,;&{}()[\\]\\\\]{0,299}(?=[\\s"'\`,;&})\\]\\\\]|$))`;
const assign = (keys: string): RegExp =>
  new RegExp(
    `(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,60}?(?:${keys})["']?[ \\t]*(?::(?=[ \\t"'])|=|=>|:=|\\?=)[ \\t]*${VALUE}`,
    "gi",
  );

// Keys that name a Kubernetes Secret or a file rather than hold a secret.
const REFERENCE_KEY =
  /(?:existing|use|create|mount|from|sealed|external|generate)[-_]?secret["']?[ \t]*[:=]/i;

/** Generic assignments, CLI flags and HTTP auth headers: the catch-all after the specific rules. */
export const ASSIGNMENT_RULES: RedactionRule[] = [
  {
    kind: "helm-set-secret",
    pattern: new RegExp(
      `--set(?:-string)?[ =]["']?[^\\s]{0,200}?(?:password|passwd|secret|token|apikey|api-key|api_key|key)[A-Za-z]{0,10}=(?<secret>[^\\s,"']{3,300})`,
      "gi",
    ),
    keywords: ["--set"],
    allow: PLACEHOLDER,
    check: looksLikePassword,
  },
  {
    kind: "cli-password",
    pattern:
      /(?:^|\s)--?(?:password|passwd|pass|registry-password|docker-password|db-password|admin-password|client-secret|secret)(?:[= ][ \t]*)(?<secret>"[^"\r\n]{1,200}"|'[^'\r\n]{1,200}'|[^\s"'`$-][^\s"'`]{1,200})/gi,
    keywords: ["--", "-pass", "-secret"],
    allow: PLACEHOLDER,
    check: looksLikePassword,
  },
  {
    kind: "cli-token",
    pattern:
      /(?:^|\s)--?(?:token|auth-token|access-token|bearer-token|api-?key|apiKey|api-token|private-token|job-token|account-key|access-key|secret-key|secret-access-key|sas-token)(?:[= ][ \t]*)(?<secret>"[^"\r\n]{1,400}"|'[^'\r\n]{1,400}'|(?!--)[^\s"'`$][^\s"'`]{5,400})/gi,
    keywords: ["token", "key"],
    allow: PLACEHOLDER,
    check: looksGenerated,
  },
  {
    // -p / -P only count after a login-style command, where they mean password, not port or parents.
    kind: "cli-password",
    pattern:
      /\b(?:login|sshpass|mysql|mysqldump|mysqladmin|sqlcmd|bcp|mongo|mongosh|psql)\b[^\r\n|;&]{0,200}?\s-[pP](?:[ \t]+|(?=[^\s-]))(?<secret>"[^"\r\n]{1,200}"|'[^'\r\n]{1,200}'|[^\s"'`$-][^\s"'`]{2,200})/g,
    keywords: ["-p"],
    allow: PLACEHOLDER,
    check: (value) => looksLikePassword(value) && !/^[\d:./-]+$/.test(value),
  },
  {
    kind: "basic-auth",
    // Only curl and wget: elsewhere `-u user:group` names a user, not a password.
    pattern:
      /\b(?:curl|wget)\b[^\r\n|;&]{0,200}?\s(?:-u|--user)[ \t=]+["']?[^\s:"']{1,100}:(?<secret>[^\s"']{3,200})/g,
    keywords: ["curl", "wget"],
    allow: PLACEHOLDER,
    check: (value) => !/^\d+$/.test(value),
  },
  {
    kind: "basic-auth",
    pattern: /\bBasic[ \t]+(?<secret>[A-Za-z0-9+/]{8,1000}={0,2})(?![A-Za-z0-9+/=])/g,
    keywords: ["basic"],
    check: (value) =>
      /^[A-Za-z0-9+/]*={0,2}$/.test(value) && Buffer.from(value, "base64").toString("latin1").includes(":"),
  },
  {
    kind: "bearer-token",
    pattern:
      /\b(?:Bearer|Authorization:[ \t]*token|PRIVATE-TOKEN:|X-Api-Key:|X-Auth-Token:)[ \t]*(?<secret>[A-Za-z0-9._~+/=-]{16,4000})/gi,
    keywords: ["bearer", "token", "x-api-key"],
    allow: PLACEHOLDER,
    check: looksGenerated,
  },
  {
    kind: "cli-password",
    pattern: /ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?<secret>"[^"\r\n]{1,200}"|'[^'\r\n]{1,200}')/gi,
    keywords: ["convertto-securestring"],
    allow: PLACEHOLDER,
  },
  {
    // Kubernetes env entries: the name says secret, the value on the next line holds it.
    kind: "password-assignment",
    pattern: new RegExp(
      `name:[ \\t]*["']?[A-Za-z0-9_]{0,60}(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY)["']?[ \\t]*\\r?\\n[ \\t]*value:[ \\t]*${VALUE}`,
      "gi",
    ),
    keywords: ["value:"],
    allow: PLACEHOLDER,
    check: looksLikePassword,
  },
  {
    // XML configuration: NuGet.config <add key="ClearTextPassword" value="..."/>, Maven <password>.
    kind: "xml-secret",
    pattern:
      /<add[ \t]+key="[^"]{0,60}(?:password|apikey|token|secret)[^"]{0,30}"[ \t]+value="(?<secret>[^"]{1,300})"/gi,
    keywords: ["<add"],
    allow: PLACEHOLDER,
    check: looksLikePassword,
  },
  {
    kind: "xml-secret",
    pattern: /<(?:password|passphrase|privateKey|token|apiKey|secret)>(?<secret>[^<]{1,300})<\//gi,
    keywords: ["<password", "<passphrase", "<privatekey", "<token", "<apikey", "<secret"],
    allow: PLACEHOLDER,
    check: looksLikePassword,
  },
  {
    kind: "password-assignment",
    pattern: assign("password|passwd|passphrase|pwd|pass"),
    keywords: ["pass", "pwd"],
    proseKey: true,
    allow: PLACEHOLDER,
    check: looksLikePassword,
  },
  {
    kind: "secret-assignment",
    pattern: assign(
      "secret|secret[-_]?key|secret[-_]?value|client[-_]?secret|signing[-_]?key|encryption[-_]?key",
    ),
    keywords: ["secret", "key"],
    allow: PLACEHOLDER,
    check: looksGenerated,
    skipKey: REFERENCE_KEY,
  },
  {
    kind: "token-assignment",
    pattern: assign(
      "token|api[-_]?key|apikey|api[-_]?token|access[-_]?key|auth[-_]?key|private[-_]?key|credentials?|webhook[-_]?url|pat",
    ),
    keywords: ["token", "key", "credential", "webhook", "pat"],
    allow: PLACEHOLDER,
    check: looksGenerated,
  },
];
