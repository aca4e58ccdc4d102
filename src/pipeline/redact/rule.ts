/**
 * One secret-detection rule, as data (modelled on gitleaks: regex, keyword prefilter, entropy,
 * allowlist). `pattern` is matched globally; when it has a group named `secret`, only that group
 * is replaced, so the key name stays readable ("password=[REDACTED:password-assignment]").
 */
export interface RedactionRule {
  kind: string;
  pattern: RegExp;
  /** Cheap prefilter, lower case: the rule only runs on text containing one of them. */
  keywords?: string[];
  /** Values that look like a secret by shape but are placeholders or references. */
  allow?: RegExp;
  /** Further shape check on the value (entropy, character classes); false means "not a secret". */
  check?: (value: string) => boolean;
  /** Widens a found span to the whole token it belongs to (a connection string, a query string). */
  expand?: (text: string, start: number, end: number) => [number, number];
  /** The key is a word that also turns up in sentences: skip a plain word followed by more words. */
  proseKey?: boolean;
  /** When the text before the value (the key) matches, it names a secret rather than holds one. */
  skipKey?: RegExp;
}

/** Placeholders, references and prose words that sit where a secret would. */
export const PLACEHOLDER =
  /^(?:\*+|x{3,}|X{3,}|\.+|-+|_+|<[^>]*>|\[[^\]]*\]|\$\{[^}]*\}?|\$\([^)]*\)?|\{\{.*|#\{[^}]*\}|%[A-Za-z_]+%|\$[A-Za-z_][\w.:-]*|\$|@[A-Za-z_][\w.-]*|!\w+.*|(?:%[sdv])+|env\(.*|true|false|yes|no|on|off|null|none|nil|undefined|empty|blank|required|optional|changeme|change_me|changeit|example|redacted|masked|hidden|sensitive|secret|secrets|password|passw0rd|passwd|token|string|value|your[-_\w]*|my[-_]?(?:password|secret|token)|incorrect|invalid|wrong|expired|missing|set|unset|is|was|not|and|for|the|of|in|to|from|with|\[?REDACTED.*)[.,;:!?)`]*$/i;

/** Shannon entropy of a string, in bits a character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** True for values that name something rather than hide it: resource names, paths, URLs. */
export function looksLikeReference(value: string): boolean {
  return (
    /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+){1,10}$/.test(value) || // Kubernetes names, hostnames
    /^(?:\/|\.\/|~\/|[A-Za-z]:\\)/.test(value) || // file paths
    /^[a-z]+:\/\//i.test(value) // URLs (their own rule catches embedded passwords)
  );
}

/** True for values that name something: references, versions, identifiers, variable names. */
export function looksLikeName(value: string): boolean {
  return (
    looksLikeReference(value) ||
    /^v?\d+(?:\.\d+){1,3}$/.test(value) || // versions
    /^[a-z]{2,}(?:[A-Z][a-z]{2,}){1,5}$/.test(value) || // camelCase identifiers
    /^[A-Za-z_][a-z0-9_]*(?:\.[a-z_][A-Za-z0-9_]*){1,6}$/.test(value) || // dotted references
    /^(?:[A-Z][A-Z0-9]*_){1,8}[A-Z0-9]+$/.test(value) // ENV_VAR names
  );
}

/** A value keyed by a generic word (token, secret, key) counts only when it looks generated. */
export function looksGenerated(value: string): boolean {
  // A word ending in a colon is a label or an error code ("token: AADSTS70021: ..."), not a token.
  if (value.length < 8 || looksLikeName(value) || value.endsWith(":")) return false;
  if (/^\d+$/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return (classes >= 2 || value.length >= 24) && entropy(value) >= 2.8;
}

/** A value keyed by "password": anything that is not a placeholder, a name or a sentence word. */
export function looksLikePassword(value: string): boolean {
  if (value.length < 4 || /^\d{1,5}$/.test(value)) return false;
  return !looksLikeReference(value) || /\d/.test(value);
}
