/** A version as products print it: 2.9.1, v2.9.1, 2024.1.3, 3.18.5-rc.1. */
const VERSION = String.raw`v?\d+(?:\.\d+){1,3}(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?`;

/**
 * "fixed in 2024.1.3", "released in v2.9.1", "the fix is available in version 3.1.0", "resolved
 * by release 1.4.2", "shipped in build 2.0.1". The words before the version say the fix exists.
 */
const FIXED = new RegExp(
  String.raw`\b(?:fix(?:ed)?|resolved|released|shipped|available|landed|included|addressed)\s+(?:(?:in|with|by|as\s+of|as\s+part\s+of|from)\s+)?(?:(?:the\s+)?(?:version|release|build|patch)\s+)?(?<version>${VERSION})(?![\w.-]*\d)(?!\s*(?:%|hours?|days?|weeks?|months?|minutes?|mins?|seconds?|secs?|[hms]\b|times\b|x\b))`,
  "gi",
);

/** Said of the future, a wish or a denial: "will be fixed in", "not fixed in", "hopefully released in". */
const NOT_YET =
  /(?:\b(?:will|would|should|could|might|may|to\s+be|planned|scheduled|expect(?:ed)?|hopefully|aim(?:ing)?|target(?:ing|ed)?|once|when|if|not|never|yet)|n't|n’t)\b[^.!?\n]{0,30}$/i;

/**
 * The version a comment or an issue names as containing the fix, or null. The last statement
 * wins (a later "actually fixed in 2.9.2" corrects an earlier one); quoted lines (`> ...`), code
 * blocks and statements about the future or denials are ignored, so a plan never reads as a release.
 */
export function extractFixedVersion(text: string): string | null {
  let found: string | null = null;
  const prose = text
    .slice(0, 100_000)
    .replace(/```[^]*?```/g, " ")
    .replace(/`([^`\n]*)`/g, "$1")
    .split("\n")
    .filter((line) => !/^\s*>/.test(line));
  for (const line of prose)
    for (const match of line.matchAll(FIXED)) {
      const before = line.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0);
      if (NOT_YET.test(before)) continue;
      found = match.groups?.version ?? found;
    }
  return found;
}
