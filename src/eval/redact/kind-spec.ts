import { B64URL, HEX, type Rng } from "./prng.ts";

/** How to make one kind of secret and where it turns up; `§` marks the secret in a context. */
export interface KindSpec {
  kind: string;
  secret: (r: Rng) => string;
  contexts: string[];
  /** The secret has a fixed format: it must be found in any context, not only after a key. */
  formatOnly?: boolean;
}

/** Random bytes, base64-encoded. */
export const b64 = (r: Rng, bytes: number): string => {
  const raw = Buffer.from(Array.from({ length: bytes }, () => r.int(0, 255)));
  return raw.toString("base64");
};
const b64url = (value: string): string => Buffer.from(value).toString("base64url");

/** A JWT with a realistic header and payload and a random signature. */
export function jwt(r: Rng, iss: string): string {
  const header = b64url(JSON.stringify({ alg: r.pick(["RS256", "HS256", "ES256"]), typ: "JWT" }));
  const now = r.int(1_600_000_000, 1_800_000_000);
  const body = {
    iss,
    sub: r.pick(["admin", "system:serviceaccount:ci:deployer", "proj:web:ci"]),
    iat: now,
    jti: r.chars(HEX, 16),
  };
  return `${header}.${b64url(JSON.stringify(body))}.${r.chars(B64URL, r.pick([43, 86, 342]))}`;
}

export const TOKEN_CTX = [
  "export TOKEN=§",
  "Using token § for the request",
  "curl -H 'X-Token: §' https://api.example.com",
  "token: §",
  '{"token": "§"}',
  "ERROR auth failed for §",
];
