import { signatureAnalyzer } from "../signature-analyzer.ts";

/** Codefresh pipelines, triggers, runners, integrations and the GitOps runtime. */
export const codefreshAnalyzer = signatureAnalyzer({
  area: "codefresh",
  mentions: [
    [/\bCodefresh\b/i, 0.8],
    [/\bcodefresh\.yml\b|\[SYSTEM\]|\bcf_[a-z_]+\b|\bCF_[A-Z_]+\b/, 0.6],
    [
      /\bfreestyle step\b|\bclone step\b|\bbuild step\b|\bpush step\b|\bpipeline volume\b|\bdind\b|\bvenona\b|\bcf-runtime\b|\bcomposition\b/i,
      0.4,
    ],
    [/\bNonZeroExitCodeError\b|\/codefresh\/volume\b/, 0.6],
  ],
});
