import { signatureAnalyzer } from "../signature-analyzer.ts";

/** The Helm client, charts, repositories and release state. */
export const helmAnalyzer = signatureAnalyzer({
  area: "helm",
  mentions: [
    [/\bhelm\b/i, 0.6],
    [
      /\b(?:INSTALLATION|UPGRADE|ROLLBACK) FAILED\b|\bsh\.helm\.release\b|\bChart\.yaml\b|\bvalues\.yaml\b/,
      0.5,
    ],
    [/\bcharts?\b/i, 0.2],
  ],
});
