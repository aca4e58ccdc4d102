import { signatureAnalyzer } from "../signature-analyzer.ts";

/** Certificates and TLS negotiation outside the Octopus-Tentacle channel. */
export const tlsAnalyzer = signatureAnalyzer({
  area: "tls",
  mentions: [
    [/\bx509\b|\bcertificates?\b|\bTLS\b|\bSSL\b/i, 0.6],
    [/\bcert-manager\b|\bLet'?s Encrypt\b|\bACME\b|\bCA\b|\bSANs?\b/i, 0.4],
  ],
});
