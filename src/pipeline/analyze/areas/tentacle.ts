import { signatureAnalyzer } from "../signature-analyzer.ts";

/** Tentacle (listening and polling) and the Octopus Kubernetes agent. */
export const tentacleAnalyzer = signatureAnalyzer({
  area: "tentacle",
  mentions: [
    [/\bTentacles?\b/i, 0.8],
    [/\bHalibut\b/i, 0.8],
    [/\b(?:Kubernetes|k8s) agent\b|\boctopus-agent\b|\bkubernetes-agent\b/i, 0.8],
    [/\b1094[34]\b/, 0.4],
    [/\bscript pods?\b/i, 0.3],
  ],
});
