import { signatureAnalyzer } from "../signature-analyzer.ts";

/** Git hosting and Git clients. */
export const gitAnalyzer = signatureAnalyzer({
  area: "git",
  mentions: [
    [/\bgit\b/i, 0.5],
    [/\bGitHub\b|\bGitLab\b|\bBitbucket\b|\bAzure (?:DevOps|Repos)\b/i, 0.3],
    [/\bsubmodules?\b|\bclone\b|\bcheckout\b|\bbranch(?:es)?\b|\bcommits?\b/i, 0.3],
  ],
});
