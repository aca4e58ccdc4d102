import { signatureAnalyzer } from "../signature-analyzer.ts";

/** Argo CD: repositories, manifest generation, sync, health, clusters, SSO, RBAC, CLI. */
export const argocdAnalyzer = signatureAnalyzer({
  area: "argocd",
  mentions: [
    [/\bArgo\s?CD\b|\bargo-cd\b/i, 0.8],
    [/\bargocd(?:-[a-z-]+)?\b/i, 0.6],
    [/\bApplicationSets?\b|\bAppProjects?\b|\bComparisonError\b|\bOutOfSync\b/, 0.5],
    [/\bDex\b/, 0.2],
  ],
});
