/**
 * One test table a kind: `hits` are [text, secret] rows where the secret must be redacted under
 * that kind; `misses` are near misses that must come out untouched. Values are made up, in the
 * right format.
 */
export interface KindTable {
  hits: [text: string, secret: string][];
  misses: string[];
}

/** Test helpers: a unit repeated, base64, and a JWT with the given payload. */
export const r = (unit: string, times: number): string => unit.repeat(times);
export const b64 = (text: string): string => Buffer.from(text).toString("base64");
export const jwt = (payload: object): string =>
  `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${r("Sg7x_Q2", 6)}`;
