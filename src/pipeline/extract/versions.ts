import type { FactRule } from "./fact-rule.ts";

const V = String.raw`v?\d+\.\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?`;
const NEAR = String.raw`[^\n]{0,40}?`;

/** Version facts: the product name, then within a few words, a version number. */
export const VERSION_RULES: FactRule[] = [
  {
    fact: "version.octopus-server",
    patterns: [
      new RegExp(
        String.raw`\bOctopus(?:\s+Deploy)?(?:\s+Server)?(?:\s+(?:version|v))?\s*:?\s*(?<value>(?:20\d\d\.\d+\.\d+(?:\.\d+)?|[1-4]\.\d+\.\d+))\b`,
        "i",
      ),
      new RegExp(
        String.raw`\bOctopus\b${NEAR}\b(?:to|version|on|running)\s+(?<value>20\d\d\.\d+(?:\.\d+){0,2})\b`,
        "i",
      ),
    ],
  },
  {
    fact: "version.tentacle",
    patterns: [
      new RegExp(String.raw`\bTentacle(?:\s+version)?\s*:?\s*(?<value>v?\d+\.\d+\.\d+)\b`, "i"),
      new RegExp(
        String.raw`\b(?:kubernetes[- ]agent|octopusdeploy/kubernetes-agent)\b${NEAR}\b(?:chart\s+)?(?:version\s+)?(?<value>v?\d+\.\d+\.\d+)\b`,
        "i",
      ),
    ],
  },
  {
    fact: "version.codefresh-runner",
    patterns: [
      new RegExp(
        String.raw`\b(?:codefresh\s+)?(?:runner|gitops\s+runtime|on-?prem(?:ises)?(?:\s+installation)?|cf-runtime|venona)\b${NEAR}\b(?:to\s+|version\s+|the\s+)?(?<value>v?\d+\.\d+(?:\.\d+)?)(?:\s+line)?\b`,
        "i",
      ),
    ],
  },
  {
    fact: "version.argocd",
    patterns: [
      new RegExp(String.raw`\bargocd-server:?\s+(?<value>${V})`, "i"),
      new RegExp(
        String.raw`\bArgo\s?CD(?:\s+(?:server|version))?\s*:?\s*(?<value>v?\d+\.\d+(?:\.\d+)?(?:\+[0-9a-f]+)?)\b`,
        "i",
      ),
      new RegExp(String.raw`\bargocd\b(?:\s+CLI)?\s+(?<value>v\d+\.\d+\.\d+(?:\+[0-9a-f]+)?)`, "i"),
      new RegExp(String.raw`\bthe\s+(?<value>v?\d+\.\d+\.\d+)\s+argocd\b`, "i"),
    ],
  },
  {
    fact: "version.helm",
    patterns: [
      /version\.BuildInfo\{Version:"(?<value>v\d+\.\d+\.\d+[^"]*)"/,
      new RegExp(
        String.raw`\bHelm(?:\s+(?:client|CLI|version))?\s*:?\s*(?<value>v?[234]\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.-]+)?)\b`,
        "i",
      ),
      new RegExp(String.raw`\bHelm\b${NEAR}\b(?:to|version)\s+(?<value>v?[234]\.\d+\.\d+)\b`, "i"),
    ],
  },
  {
    fact: "version.kubernetes",
    patterns: [
      /Server Version:\s*(?:version\.Info\{[^}]*GitVersion:")?(?<value>v\d+\.\d+\.\d+[^\s",]*)/,
      new RegExp(
        String.raw`\b(?:Kubernetes|k8s|EKS|AKS|GKE|K3s|RKE2?|OpenShift|kubeadm|cluster(?:\s+is)?(?:\s+on)?)\s*(?:version\s*)?:?\s*(?<value>v?1\.\d{1,2}(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]+)?)\b`,
        "i",
      ),
      /\bKubernetes\s+(?<value>v1\.\d{1,2}\.\d+(?:-[0-9a-z]+(?:-[0-9a-f]+)?)?)/i,
      new RegExp(
        String.raw`\b(?:Kubernetes|EKS|AKS|GKE|k3s|cluster)\b${NEAR}\bto\s+(?<value>v?1\.\d{1,2}(?:\.\d+)?)\b`,
        "i",
      ),
    ],
  },
  {
    fact: "version.chart",
    patterns: [
      new RegExp(
        String.raw`\b(?<value>[a-z0-9][a-z0-9-]*\s+(?:Helm\s+)?chart\s*\(?\s*v?\d+\.\d+\.\d+[^\s),]*)`,
        "i",
      ),
      new RegExp(String.raw`\bchart\s+(?<value>[a-z0-9][a-z0-9-]*-\d+\.\d+\.\d+)\b`, "i"),
      /\b(?<value>[a-z][a-z0-9-]*-\d+\.\d+\.\d+)\.tgz\b/,
    ],
  },
  {
    fact: "version.component",
    patterns: [
      new RegExp(
        String.raw`\b(?<value>(?:ingress-nginx|nginx ingress|traefik|istio|cert-manager|external-dns|coredns|metrics-server|calico|cilium|flannel|longhorn|rook|csi[\w-]*|[\w-]+ (?:controller|operator|driver|plugin))\b${NEAR}\bv?\d+\.\d+(?:\.\d+)?)`,
        "i",
      ),
    ],
  },
  {
    fact: "version.client-tools",
    patterns: [
      new RegExp(
        String.raw`\b(?<value>(?:kubectl|gcloud|aws-cli|aws cli|azure-cli|az cli|argocd CLI|octo|octopus CLI|codefresh CLI|terraform)\b[^\n]{0,20}?\bv?\d+\.\d+(?:\.\d+)?)`,
        "i",
      ),
      /\bClient Version:\s*(?<value>v\d+\.\d+\.\d+)/,
      new RegExp(String.raw`\b(?<value>[\w-]+-action(?:@|\s+)v\d+(?:\.\d+){0,2})`, "i"),
    ],
  },
];
