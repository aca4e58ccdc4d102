import { signatureAnalyzer } from "../signature-analyzer.ts";

/** Cloud credentials and identity: AWS, EKS, Azure, AKS, GCP, GKE. */
export const cloudAuthAnalyzer = signatureAnalyzer({
  area: "cloud-auth",
  mentions: [
    [
      /\bAWS\b|\bIAM\b|\bsts:|\bAADSTS\d+|\bAzure\b|\bEntra\b|\bservice principal\b|\bGCP\b|\bgcloud\b|\bservice account key\b/i,
      0.6,
    ],
    [/\bOIDC\b|\bfederated\b|\bassume[- ]?role\b|\bworkload identity\b/i, 0.4],
  ],
});
