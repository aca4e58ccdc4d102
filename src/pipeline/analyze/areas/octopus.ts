import { signatureAnalyzer } from "../signature-analyzer.ts";

/** Octopus Server, its portal, API, CLI, projects, releases, steps, variables and workers. */
export const octopusAnalyzer = signatureAnalyzer({
  area: "octopus",
  mentions: [
    [/\bOctopus\b/i, 0.6],
    [
      /\b(?:octo(?:\.exe)?|octopus)\s+(?:create-release|deploy-release|push|pack|login|release|package)\b/i,
      0.5,
    ],
    [
      /\b(?:Calamari|runbooks?|lifecycles?|step templates?|library variable sets?|Config as Code|OctopusParameters|Set-OctopusVariable|push-package-action|create-release-action)\b/i,
      0.5,
    ],
    [/\b(?:ServerTasks|Deployments|Releases|Projects|Machines|Spaces)-\d+\b/, 0.4],
    [/#\{[A-Za-z][\w.[\]]*\}/, 0.3],
  ],
});
