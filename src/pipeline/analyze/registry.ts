import type { Analyzer } from "./analyzer.ts";
import { argocdAnalyzer } from "./areas/argocd.ts";
import { cloudAuthAnalyzer } from "./areas/cloud-auth.ts";
import { codefreshAnalyzer } from "./areas/codefresh.ts";
import { dockerRegistryAnalyzer } from "./areas/docker-registry.ts";
import { gitAnalyzer } from "./areas/git.ts";
import { helmAnalyzer } from "./areas/helm.ts";
import { kubernetesAnalyzer } from "./areas/kubernetes.ts";
import { networkAnalyzer } from "./areas/network.ts";
import { octopusAnalyzer } from "./areas/octopus.ts";
import { otherAnalyzer } from "./areas/other.ts";
import { tentacleAnalyzer } from "./areas/tentacle.ts";
import { tlsAnalyzer } from "./areas/tls.ts";

/** Every analyzer, one per area, in the taxonomy's order. Adding an area means adding it here. */
export const ANALYZERS: readonly Analyzer[] = [
  octopusAnalyzer,
  tentacleAnalyzer,
  codefreshAnalyzer,
  argocdAnalyzer,
  helmAnalyzer,
  kubernetesAnalyzer,
  dockerRegistryAnalyzer,
  gitAnalyzer,
  cloudAuthAnalyzer,
  tlsAnalyzer,
  networkAnalyzer,
  otherAnalyzer,
];
