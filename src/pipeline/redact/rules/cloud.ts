import type { RedactionRule } from "../rule.ts";

const B64 = "[A-Za-z0-9+/]";

// Characters that may sit in a connection string or a query string around the secret part.
const CONNECTION_STRING_PART = /[^\s"'<>`]/;
const QUERY_PART = /[^\s"'<>`?#;]/;

/** Widens [start, end) while the neighbouring characters still belong to the same token. */
function widen(text: string, start: number, end: number, part: RegExp): [number, number] {
  let from = start;
  let to = end;
  // Bounded, so a pathological line costs at most a few kilobytes of scanning.
  while (from > 0 && start - from < 2000 && part.test(text[from - 1] ?? "")) from--;
  while (to < text.length && to - end < 2000 && part.test(text[to] ?? "")) to++;
  return [from, to];
}

/** Cloud credentials: AWS, Azure, GCP, DigitalOcean. */
export const CLOUD_RULES: RedactionRule[] = [
  {
    kind: "aws-access-key-id",
    pattern:
      /(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AROA|AIDA|AGPA|ANPA|ANVA|APKA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
  },
  {
    kind: "aws-secret-access-key",
    pattern: new RegExp(
      `(?:secret[ _.-]?access[ _.-]?key|secret[ _.-]?key|aws[ _.-]?secret\\w{0,20})["']?(?:[ \\t]*\\[[^\\]\\r\\n]{0,20}\\])?[ \\t]*(?:[:=]|=>)[ \\t]*["']?(?<secret>${B64}{40})(?!${B64})`,
      "gi",
    ),
    keywords: ["secret"],
  },
  {
    // A credentials CSV or a pasted pair: the secret key follows its access key id on the line.
    kind: "aws-secret-access-key",
    pattern: new RegExp(
      `(?:AKIA|ASIA)[A-Z0-9]{16}[^\\r\\n]{1,100}?(?<![A-Za-z0-9/+])(?<secret>${B64}{40})(?![A-Za-z0-9/+=])`,
      "g",
    ),
    keywords: ["akia", "asia"],
    check: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value),
  },
  {
    kind: "aws-session-token",
    pattern: new RegExp(
      `(?:session_?token|security_?token|x-amz-security-token)["']?[ \\t]*(?:[:=]|=>)[ \\t]*["']?(?<secret>${B64}{40,3000}={0,2})`,
      "gi",
    ),
    keywords: ["token"],
  },
  {
    kind: "azure-client-secret",
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
    keywords: ["q~"],
  },
  {
    // The whole connection string goes: its AccountKey is the secret, its other parts locate it.
    kind: "azure-storage-key",
    pattern: new RegExp(
      `\\b(?:AccountKey|SharedAccessKey|AccessKey|PrimaryKey|SecondaryKey)[ \\t]*=[ \\t]*${B64}{20,200}={0,2}`,
      "gi",
    ),
    keywords: ["key="],
    expand: (text, start, end) => widen(text, start, end, CONNECTION_STRING_PART),
  },
  {
    // A SAS token is the whole query string; its signature (sig=) is what grants access.
    kind: "azure-sas-token",
    pattern: /(?<![A-Za-z0-9_])sig=[A-Za-z0-9%+/=]{16,200}/g,
    keywords: ["sig="],
    expand: (text, start, end) => widen(text, start, end, QUERY_PART),
  },
  {
    kind: "gcp-api-key",
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
    keywords: ["aiza"],
  },
  {
    kind: "gcp-oauth-token",
    pattern: /(?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_-]{30,2000}/g,
    keywords: ["ya29."],
  },
  {
    kind: "digitalocean-token",
    pattern: /(?<![A-Za-z0-9_])do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9])/g,
    keywords: ["_v1_"],
  },
];
