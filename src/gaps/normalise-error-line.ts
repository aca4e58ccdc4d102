/**
 * One error, many tickets: the same failure pasted by different customers differs only in its
 * timestamps, ids, hosts, pods and names. Replacing those with placeholders gives one key per
 * failure, so unexplained tickets cluster into "articles to write".
 */

/** Longest line considered; error lines are short, a longer one is mostly noise. */
const MAX_LINE = 500;

// The Kubernetes name generator's alphabet (no vowels, no 0, 1, 3): pod and ReplicaSet suffixes.
const K = "[bcdfghjklmnpqrstvwxz2456789]";

/** Rules in order: earlier ones protect text that a later, broader rule would cut up. */
const RULES: [RegExp, string | ((match: string) => string)][] = [
  // klog header (kubectl, controllers): "E1120 10:22:33.123456   12345 reflector.go:123] ".
  [/^[iwef]\d{4}\s+\d{2}:\d{2}:\d{2}(?:\.\d+)?\s+\d+\s+[\w.-]+:\d+\]\s*/, ""],
  // Quoted names and paths (a few words at most); a quoted sentence keeps its words.
  [/"[^"\n]{0,120}"|(?<![a-z])'[^'\n]{0,120}'(?![a-z])|`[^`\n]{0,120}`/g, quotedName],
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>)\]]+/g, "<url>"],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "<email>"],
  // ISO-8601 and similar: 2026-11-20T10:22:33.123Z, 2026/11/20 10:22:33,123 +0100.
  [
    /\b\d{4}[-/]\d{2}[-/]\d{2}(?:[t\s]+\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?(?:\s?(?:z|utc|[+-]\d{2}:?\d{2}))?\b/g,
    "<time>",
  ],
  // Syslog: "Nov 20 10:22:33 hostname program[pid]:", the host being the word after the time.
  [
    /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+[\w.-]+\s/,
    "<time> <host> ",
  ],
  [/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\b/g, "<time>"],
  [/\b\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:\s?(?:z|utc|[+-]\d{2}:?\d{2}))?\b/g, "<time>"],
  // Epoch milliseconds and seconds (2001 onwards).
  [/\b1\d{12}\b|\b1\d{9}\b/g, "<time>"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, "<uuid>"],
  [/\b(?:sha256|sha512|sha1|md5):[0-9a-f]{16,}\b/g, "<digest>"],
  // Pods of a Deployment (name-<replicaset hash>-<suffix>) and of a DaemonSet or Job (name-<suffix>).
  [new RegExp(`\\b([a-z0-9][a-z0-9.-]*?)-${K}{6,10}-${K}{5}(?![a-z0-9])`, "g"), "$1-<pod>"],
  [
    new RegExp(`\\b([a-z][a-z0-9.-]*?)-(?=${K}{0,4}[2456789])(?=${K}{0,4}[b-z])${K}{5}(?![a-z0-9])`, "g"),
    "$1-<pod>",
  ],
  [/\b0x[0-9a-f]+\b/g, "<hex>"],
  // Hashes and git SHAs: hex runs with both digits and letters.
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b/g, "<hex>"],
  [/(?<![\w:])\[?(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{1,4}\]?(?::\d{1,5})?(?![\w:])/g, ipv6],
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?\b/g, "<ip>"],
  [
    /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|dev|app|cloud|local|internal|lan|corp|intra|home|localdomain|svc|example|test|invalid|ai|co|uk|de|eu|us|ca|au|nl|fr|ch|se|no|dk|fi|be|at|es|it|pl|br|nz|sg|ie|in|jp|info|biz|tech|xyz|me|gov|edu)(?![\w-]|\.[a-z0-9])(?::\d{1,5})?/g,
    "<host>",
  ],
  [/\blocalhost(?::\d{1,5})?\b/g, "<host>"],
  // Unquoted absolute paths (Unix and Windows).
  [/(?<=^|[\s=(,])\/(?:[\w.@-]+\/)+[\w.@-]*/g, "<path>"],
  [/\b[a-z]:\\(?:[^\s\\"']+\\)*[^\s\\"']*/g, "<path>"],
  [/\bv\d+(?:\.\d+)+(?:-[\w.]+)?\b/g, "<version>"],
  // Repeat counts of Kubernetes events: "(x15 over 10m)".
  [/\(x\d+ over\b/g, "(x<n> over"],
  // Numbers, with their units (30s, 5m0s, 512mi, 1.5gb).
  [/\b(?:\d+(?:\.\d+)*[a-zµ]{0,3})+\b/g, "<n>"],
];

function quotedName(quote: string): string {
  const inner = quote.slice(1, -1).trim();
  return inner.split(/\s+/).length <= 4 ? "<q>" : quote;
}

// The IPv6 rule's pattern also fits a few colon-separated words; only real addresses qualify.
function ipv6(text: string): string {
  return /\d/.test(text) || text.includes("::") ? "<ip>" : text;
}

/** The failure's key: ids, times, hosts, pods, numbers and quoted names as placeholders, lower case. */
export function normaliseErrorLine(line: string): string {
  let text = line.slice(0, MAX_LINE).toLowerCase();
  for (const [pattern, replacement] of RULES)
    text =
      typeof replacement === "string"
        ? text.replace(pattern, replacement)
        : text.replace(pattern, replacement);
  return text
    .replace(/\s+/g, " ")
    .replace(/^(?:[[(]?<time>[\])]?[\s,:|-]*)+/, "")
    .trim();
}
