import { named, type FactRule } from "./fact-rule.ts";
import { SOURCE_RULES } from "./sources.ts";

/** "listening Tentacle", with its port when the same sentence gives one. */
function targetType(match: RegExpExecArray): string {
  const { kind, port } = match.groups ?? {};
  if (kind) return port ? `${kind} (port ${port})` : kind;
  return named(TARGET_NAMES)(match);
}

// Octopus API JSON names target types by communication style.
const TARGET_NAMES: [RegExp, string][] = [
  [/TentaclePassive/, "listening Tentacle"],
  [/TentacleActive/, "polling Tentacle"],
  [/KubernetesTentacle|kubernetes agent/i, "Kubernetes agent"],
  [/"Kubernetes"|Kubernetes (?:API|cluster|deployment)/i, "Kubernetes API target"],
  [/Ssh|SSH/, "SSH target"],
  [/poll:\/\//, "polling Tentacle"],
  [/:10933\b/, "listening Tentacle (port 10933)"],
  [/Offline/i, "offline package drop"],
  [/Azure Web App|AzureWebApp/i, "Azure Web App target"],
  [/ECS/, "Amazon ECS target"],
  [/cloud region/i, "cloud region target"],
];

/** Where things run: hosting, target and runtime types, cluster provider, host OS and architecture. */
export const ENVIRONMENT_RULES: FactRule[] = [
  {
    fact: "octopus.hosting",
    patterns: [
      /\bOctopus Cloud\b|\b[\w-]+\.octopus\.app\b/i,
      /\bOctopus\b[^\n]{0,60}?\b(?:high[- ]availability|HA (?:cluster|setup|nodes?|configuration)|(?:multiple|two|three|four|\d) (?:Octopus |server )?nodes)\b/i,
      /\b(?:high[- ]availability|HA) (?:Octopus|cluster of Octopus|setup of Octopus)\b|\bOctopus (?:Server )?(?:HA|high availability)\b/i,
      /\b(?:single[- ]node|one node)\b[^\n]{0,40}?\bOctopus\b|\bOctopus\b[^\n]{0,40}?\b(?:single[- ]node|one node)\b/i,
      /\b(?:self-hosted|self hosted|on-?prem(?:ise|ises)?)\s+(?:Octopus|Octopus Server|Octopus Deploy)\b|\bOctopus(?: Deploy)?(?: Server)?\s+(?:is\s+)?(?:self-hosted|on-?prem(?:ise|ises)?)\b/i,
    ],
    value: named([
      [/cloud|octopus\.app/i, "Octopus Cloud"],
      [/high|HA|nodes/i, "self-hosted, high availability"],
      [/single|one node/i, "self-hosted, single node"],
      [/./, "self-hosted"],
    ]),
  },
  {
    fact: "octopus.target-type",
    patterns: [
      /\b(?<kind>(?:listening|polling) Tentacle)s?\b(?:[^\n]{0,60}?\bport\s*:?\s*(?<port>\d{2,5})\b)?/i,
      /\bKubernetes agent\b|\bKubernetes (?:API|cluster|deployment) targets?\b|\bSSH (?:targets?|deployment targets?|Connection targets?)\b|"CommunicationStyle":\s*"\w+"|\bpoll:\/\/\w|\bhttps:\/\/[\w.-]+:10933\b|\bOffline Package Drop\b|\bAzure Web App targets?\b|\bECS (?:cluster )?targets?\b|\bcloud region targets?\b/i,
    ],
    value: targetType,
  },
  {
    fact: "octopus.worker-pool",
    patterns: [
      /\b(?<value>(?:Default|Hosted (?:Windows|Ubuntu|Linux))\s+Worker\s+Pool)\b/i,
      /\bworker pool\s*(?:named|called|:)?\s*["'`](?<value>[^"'`\n]{1,40})["'`]/i,
      /\b(?<value>dynamic workers?|(?:built-in|default) worker|external workers?)\b/i,
    ],
  },
  {
    fact: "codefresh.runtime-type",
    patterns: [
      /\b(?:hybrid (?:runner|runtime|installation|GitOps runtime)|Codefresh Runner|codefresh-runner|cf-runtime|venona|on-?prem(?:ises)? (?:installation of Codefresh|Codefresh)|Codefresh on-?prem(?:ises)?|SaaS (?:runtime|builds?)|Codefresh SaaS|hosted (?:GitOps )?runtime|Codefresh-hosted)\b/i,
    ],
    value: named([
      [/hybrid|runner|cf-runtime|venona/i, "hybrid runner"],
      [/on-?prem/i, "on-premises"],
      [/saas|hosted/i, "Codefresh SaaS"],
    ]),
  },
  {
    fact: "cluster.provider",
    patterns: [
      // Names as customers write them, case-sensitive where the word is also an English one (kind).
      /\b(?:EKS|AKS|GKE|OpenShift|OKD|ROSA|k3s|k3d|K3s|minikube|Minikube|kubeadm|Talos|RKE2?|Rancher|MicroK8s|microk8s|DOKS|Docker Desktop|Amazon Elastic Kubernetes Service|Azure Kubernetes Service|Google Kubernetes Engine|DigitalOcean Kubernetes|kind (?:cluster|v0\.)|kind create cluster|kind-control-plane|KinD|aws eks|az aks|gcloud container clusters|k0s|Tanzu)\b/,
      // Hints in versions and hosts: `-eks-`, `-gke.`, `+k3s1`, `*.azmk8s.io`, `*.eks.amazonaws.com`.
      /\bv1\.\d+\.\d+(?:-eks-|-gke\.|\+k3s|\+rke2)|\.azmk8s\.io\b|\.eks\.amazonaws\.com\b|\barn:aws:eks:|\bgke_[\w-]+_[\w-]+_[\w-]+|\.openshift\.io\b|\bopenshift-[a-z]/,
    ],
    value: named([
      [/EKS|Amazon|eks/, "EKS"],
      [/AKS|Azure Kubernetes|azmk8s|az aks/, "AKS"],
      [/GKE|Google|gke|gcloud container/, "GKE"],
      [/OpenShift|OKD|ROSA|openshift/, "OpenShift"],
      [/k3s|k3d|K3s/, "k3s"],
      [/rke2|RKE|Rancher/, "Rancher (RKE)"],
      [/kind|KinD/, "kind"],
      [/minikube/i, "minikube"],
      [/kubeadm/, "kubeadm"],
      [/Talos/, "Talos"],
      [/microk8s/i, "MicroK8s"],
      [/DOKS|DigitalOcean/, "DigitalOcean Kubernetes"],
      [/Docker Desktop/, "Docker Desktop"],
      [/k0s/, "k0s"],
      [/Tanzu/, "Tanzu"],
    ]),
  },
  {
    fact: "os.host",
    patterns: [
      /^PRETTY_NAME="(?<value>[^"\n]{2,60})"/m,
      /\bOS Image:\s*(?<value>[^\n]{2,60})/,
      // An image's base (`node:18-alpine`, `ubuntu:22.04` as an image) is not the host's OS.
      /(?<![-:/.\w])(?<value>Windows Server(?: \d{4}(?: R2)?)?|Windows (?:10|11)|Ubuntu(?: \d\d\.\d\d(?:\.\d)?(?: LTS)?)?|Debian(?: \d+| GNU\/Linux \d+)?|RHEL(?: ?\d+(?:\.\d+)?)?|Red Hat Enterprise Linux(?: \d+(?:\.\d+)?)?|CentOS(?: (?:Stream )?\d+)?|Amazon Linux(?: \d+)?|Alpine Linux(?: \d\.\d+)?|macOS(?: [\d.]+)?|Bottlerocket|Rocky Linux(?: \d+)?|SUSE Linux Enterprise(?: Server)?(?: \d+)?|Oracle Linux(?: \d+)?|Flatcar|Container-Optimized OS)(?![\w:/-])/i,
      /\b(?<value>Windows|Linux)(?= (?:machines?|hosts?|VMs?|Tentacles?|workers?|nodes?|servers?|agents?|runners?)\b)/,
      /\b(?:on|from) (?:my|a|our) (?<value>Mac)(?:Book)?\b|\bdarwin\/(?:arm64|amd64)\b/,
    ],
    value: (match) =>
      /^darwin|^Mac$/.test(match.groups?.value ?? match[0]) ? "macOS" : (match.groups?.value ?? match[0]),
  },
  {
    fact: "node.architecture",
    patterns: [
      /\b(?:Architecture|kubernetes\.io\/arch|beta\.kubernetes\.io\/arch|arch)\s*[:=]\s*(?<value>arm64|amd64|aarch64|x86_64|armv7l?|ppc64le|s390x)\b/,
      /\blinux\/(?<value>arm64|amd64|armv7|ppc64le|s390x)\b/,
      // A workstation's build (`darwin/arm64` in `argocd version`) says nothing about the nodes.
      /(?<!darwin\/|windows\/)\b(?<value>arm64|aarch64|amd64|x86_64|x86-64|armv7l?|Graviton\d?|Apple (?:Silicon|M[1-4]))\b/,
      /\b(?<value>M[1-4]) (?:Mac|MacBook|chip)\b/,
    ],
  },
  ...SOURCE_RULES,
];
