import type { FactRule } from "./fact-rule.ts";

const named =
  (names: [RegExp, string][]) =>
  (match: RegExpExecArray): string =>
    names.find(([re]) => re.test(match[0]))?.[1] ?? match[0];

/** Where things run: hosting, target and runtime types, providers, registries, repositories. */
export const ENVIRONMENT_RULES: FactRule[] = [
  {
    fact: "octopus.hosting",
    patterns: [
      /\b(?:Octopus Cloud|octopus\.app\b|self-hosted|on-prem(?:ises)? Octopus|high[- ]availability|HA (?:cluster|nodes?)|(?:multiple|two|three) (?:Octopus )?nodes)\b/i,
    ],
    value: named([
      [/cloud|octopus\.app/i, "Octopus Cloud"],
      [/high|HA|nodes/i, "self-hosted, high availability"],
      [/./, "self-hosted"],
    ]),
  },
  {
    fact: "octopus.target-type",
    patterns: [
      /\b(?:listening|polling) Tentacles?\b|\bKubernetes agent\b|\bSSH (?:target|connection|deployment target)\b|\bKubernetes (?:API |deployment )?target\b|\bAzure Web App target\b|\bcloud region\b|\bworker\b/i,
    ],
    value: (match) => match[0],
  },
  {
    fact: "codefresh.runtime-type",
    patterns: [
      /\b(?:hybrid (?:runner|runtime|installation)|Codefresh Runner|on-?prem(?:ises)? (?:installation|Codefresh)|Codefresh on-?prem(?:ises)?|SaaS (?:runtime|builds?)|Codefresh SaaS)\b/i,
    ],
    value: named([
      [/hybrid|runner/i, "hybrid runner"],
      [/on-?prem/i, "on-premises"],
      [/saas/i, "Codefresh SaaS"],
    ]),
  },
  {
    fact: "cluster.provider",
    patterns: [
      /\b(?:EKS|AKS|GKE|OpenShift|OKD|k3s|k3d|kind|minikube|kubeadm|Talos|RKE2?|Rancher|MicroK8s|DigitalOcean Kubernetes|DOKS|Docker Desktop|Amazon Elastic Kubernetes Service|Azure Kubernetes Service|Google Kubernetes Engine)\b/,
    ],
    value: named([
      [/EKS|Amazon/, "EKS"],
      [/AKS|Azure Kubernetes/, "AKS"],
      [/GKE|Google/, "GKE"],
      [/OpenShift|OKD/, "OpenShift"],
      [/k3s|k3d/i, "k3s"],
      [/./, ""],
    ]),
  },
  {
    fact: "registry.name",
    patterns: [
      /\b[\w.-]+\.dkr\.ecr\.[\w-]+\.amazonaws\.com\b|\b[\w-]+\.azurecr\.io\b|\b(?:[\w-]+\.)?gcr\.io\b|\b[\w-]+-docker\.pkg\.dev\b|\bghcr\.io\b|\bquay\.io\b|\bDocker Hub\b|\bdocker\.io\b|\bHarbor\b|\bArtifactory\b|\bNexus\b|\bJFrog\b|\bECR\b|\bACR\b|\bGHCR\b|GitHub Container Registry/i,
    ],
    value: named([
      [/ecr/i, "Amazon ECR"],
      [/azurecr|ACR/i, "Azure Container Registry"],
      [/gcr\.io|pkg\.dev/i, "Google Artifact Registry / GCR"],
      [/ghcr|GitHub Container/i, "GitHub Container Registry"],
      [/quay/i, "Quay"],
      [/docker/i, "Docker Hub"],
      [/harbor/i, "Harbor"],
      [/artifactory|jfrog/i, "Artifactory"],
      [/nexus/i, "Nexus"],
    ]),
  },
  {
    fact: "image.reference",
    patterns: [
      /(?:image|pull(?:ing)?|Back-off pulling image|docker pull|docker push|push(?:ing)?)\s+["']?(?<value>(?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9._-]+(?:\/[a-z0-9._-]+)*(?::[\w.-]+|@sha256:[0-9a-f]{64}))["']?/i,
    ],
  },
  {
    fact: "repo.url",
    patterns: [
      /(?<value>\b(?:https?|ssh|git):\/\/[^\s"'<>]*?(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|visualstudio\.com|\.git\b)[^\s"'<>]*)/i,
      /(?<value>\bgit@[\w.-]+:[\w./-]+)/,
    ],
  },
  {
    fact: "git.provider",
    patterns: [/\b(?:GitHub|GitLab|Bitbucket|Azure DevOps|Azure Repos|Gitea|Gerrit)\b/i],
    value: (match) => match[0],
  },
  {
    fact: "git.auth-method",
    patterns: [
      /\b(?:deploy key|SSH key|ssh-key|GitHub App|personal access token|PAT|access token|app password|HTTPS token)\b/i,
    ],
    value: (match) => match[0],
  },
  {
    fact: "os.host",
    patterns: [
      /\b(?:Windows Server \d{4}(?: R2)?|Windows (?:10|11)|Ubuntu(?: \d\d\.\d\d)?|Debian(?: \d+)?|RHEL(?: ?\d+)?|Red Hat Enterprise Linux(?: \d+)?|CentOS(?: \d+)?|Amazon Linux(?: \d+)?|Alpine(?: \d\.\d+)?|macOS(?: [\d.]+)?|Bottlerocket|Rocky Linux(?: \d+)?)\b/i,
    ],
    value: (match) => match[0],
  },
  {
    fact: "node.architecture",
    patterns: [/\b(?:arm64|aarch64|amd64|x86_64|armv7|Graviton|Apple Silicon|M1|M2|M3)\b/],
    value: (match) => match[0],
  },
];
