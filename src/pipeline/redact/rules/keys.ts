import { looksGenerated, type RedactionRule } from "../rule.ts";

// The key body may be missing its END line (a truncated paste): then everything after BEGIN, up
// to a bound, is treated as key material, because redacting too much beats leaking half a key.
const pem = (label: string): RegExp =>
  new RegExp(`-----BEGIN ${label}-----(?:[\\s\\S]{0,20000}?-----END ${label}-----|[\\s\\S]{0,6000})`, "g");

/** True when a JWT's payload says Argo CD issued it. */
function issuedByArgoCd(token: string): boolean {
  const payload = token.split(".")[1] ?? "";
  try {
    return /"iss"\s*:\s*"argocd"/.test(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return false;
  }
}

const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,3000}\.eyJ[A-Za-z0-9_-]{8,6000}\.[A-Za-z0-9_-]{0,3000}/g;

/** Private keys: PEM, OpenSSH, PuTTY and the one in a GCP service-account key file. */
export const PRIVATE_KEY_RULES: RedactionRule[] = [
  {
    kind: "gcp-service-account-key",
    pattern: /"private_key"[ \t]*:[ \t]*"(?<secret>-----BEGIN[^"]{20,20000})"/g,
    keywords: ["private_key"],
  },
  { kind: "openssh-private-key", pattern: pem("OPENSSH PRIVATE KEY"), keywords: ["openssh private key"] },
  {
    kind: "private-key",
    pattern: pem("(?:[A-Z0-9]{1,10} ){0,3}PRIVATE KEY(?: BLOCK)?"),
    keywords: ["private key"],
  },
  {
    kind: "putty-private-key",
    pattern: /PuTTY-User-Key-File-\d:[^\r\n]{0,200}[\s\S]{0,8000}?Private-MAC:[ \t]*[0-9a-f]{20,128}/g,
    keywords: ["putty-user-key-file"],
  },
];

/** Tokens and credentials in kubeconfigs, Docker configs and JWTs. */
export const TOKEN_FILE_RULES: RedactionRule[] = [
  {
    // A PEM private key pasted base64-encoded (a Secret's tls.key, a CI variable).
    kind: "private-key",
    pattern: /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,20000}={0,2}/g,
    keywords: ["ls0tls1crudjt"],
    check: (value) => Buffer.from(value.slice(0, 80), "base64").toString("latin1").includes("PRIVATE KEY"),
  },
  {
    kind: "docker-config-auth",
    pattern: /\.dockerc(?:onfigjson|fg)["']?[ \t]*:[ \t]*["']?(?<secret>[A-Za-z0-9+/=]{20,20000})/g,
    keywords: [".dockerc"],
  },
  { kind: "argocd-token", pattern: JWT, keywords: ["eyj"], check: issuedByArgoCd },
  {
    kind: "kubeconfig-client-key-data",
    pattern: /\bclient-key-data["']?[ \t]*:[ \t]*["']?(?<secret>[A-Za-z0-9+/=]{20,20000})/g,
    keywords: ["client-key-data"],
  },
  {
    kind: "kubeconfig-client-certificate-data",
    pattern: /\bclient-certificate-data["']?[ \t]*:[ \t]*["']?(?<secret>[A-Za-z0-9+/=]{20,20000})/g,
    keywords: ["client-certificate-data"],
  },
  {
    // An indented `token:` is a kubeconfig user (or auth-provider) credential.
    kind: "kubeconfig-token",
    pattern:
      /^[ \t]{2,}(?:-[ \t]*)?(?:token|id-token|refresh-token|access-token)[ \t]*:[ \t]*["']?(?<secret>[A-Za-z0-9._~+/=-]{20,6000})/gm,
    keywords: ["token"],
    check: looksGenerated,
  },
  { kind: "jwt", pattern: JWT, keywords: ["eyj"] },
  {
    kind: "docker-config-auth",
    pattern: /"(?:auth|identitytoken|registrytoken)"[ \t]*:[ \t]*"(?<secret>[A-Za-z0-9+/=._-]{12,6000})"/gi,
    keywords: ['"auth', "identitytoken", "registrytoken"],
  },
];
