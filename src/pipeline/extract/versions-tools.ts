import type { FactRule } from "./fact-rule.ts";
import { VER, VER3 } from "./version-patterns.ts";

const re = (source: string, flags = "i") => new RegExp(source, flags);
/** A chart as Helm names it: `ingress-nginx-4.7.1`, `kube-prometheus-stack-45.7.1`. */
const CHART_REF = String.raw`[a-z0-9][a-z0-9.-]{0,60}?-${VER3}`;
/** Words that stand before "chart" but are not its name. */
const NOT_A_NAME =
  /^(?:the|a|an|our|my|their|this|that|same|new|old|latest|helm|its|to|of|from|with|and|or|upstream)$/i;

/** Name and version read from named groups, the name left out when it is a filler word. */
function nameAndVersion(match: RegExpExecArray): string {
  const name = match.groups?.name ?? "";
  const version = match.groups?.ver ?? "";
  if (!version) return "";
  return name && !NOT_A_NAME.test(name) ? `${name} ${version}` : version;
}

/** The chart and `--version` of a `helm install|upgrade|template|pull` command line. */
function helmCommandChart(match: RegExpExecArray): string {
  const version = match.groups?.ver ?? "";
  // The chart is the second positional argument (after the release), or the first for `pull`.
  const words = (match.groups?.args ?? "").split(/\s+/).filter((word) => word && !word.startsWith("-"));
  const chart = words.find((word) => /[/]/.test(word)) ?? words[1];
  return chart ? `${chart} ${version}` : version;
}

const COMPONENTS = String.raw`ingress-nginx|nginx[- ]ingress(?:[- ]controller)?|traefik|istio|linkerd|contour|cert-manager|external-dns|external-secrets|sealed-secrets|coredns|kube-proxy|metrics-server|kube-state-metrics|calico|cilium|flannel|weave(?:-net)?|amazon-vpc-cni|aws-node|vpc-cni|aws-load-balancer-controller|cluster-autoscaler|karpenter|velero|longhorn|rook(?:-ceph)?|kyverno|gatekeeper|kubernetes-dashboard|prometheus-operator|containerd|cri-o|(?:aws-)?(?:ebs|efs)-csi(?:-driver)?|azure(?:disk|file)-csi(?:-driver)?|secrets-store-csi-driver|csi-driver-[\w-]+|[\w-]+-csi-driver|[\w-]+-(?:operator|controller)`;

/** Charts, other components and client tools: what surrounds the product. */
export const TOOL_VERSION_RULES: FactRule[] = [
  {
    fact: "version.chart",
    patterns: [
      // `helm list` and `helm history`: the CHART column follows the STATUS column.
      re(
        String.raw`\b(?:deployed|failed|superseded|pending-(?:install|upgrade|rollback)|uninstall(?:ed|ing))\s+(?<value>${CHART_REF})`,
        "",
      ),
      re(String.raw`\b(?:helm\.sh/)?chart:\s*["']?(?<value>${CHART_REF})`),
      re(String.raw`\b(?<value>${CHART_REF})\.tgz\b`),
      re(String.raw`^CHART:\s*(?<name>[\w.-]+)\s*\nVERSION:\s*(?<ver>${VER3})`, "m"),
      // Chart.yaml: `name:` right after `apiVersion: v1|v2`, which a Kubernetes manifest never has.
      re(
        String.raw`^apiVersion:\s*v[12]\s*\nname:\s*(?<name>[\w.-]+)\s*\n(?:[^\n]*\n){0,8}?version:\s*["']?(?<ver>${VER3})`,
        "m",
      ),
      re(
        String.raw`\bhelm\s+(?:upgrade|install|template|pull)\b(?<args>[^\n]{0,200}?)\s--version[= ]["']?(?<ver>${VER})`,
      ),
      re(String.raw`\bchart\b[^\n]{0,30}?\b(?<value>${CHART_REF})`),
      re(String.raw`\b(?<value>${CHART_REF})[^\n]{0,20}?\bchart\b`),
      re(
        String.raw`\b(?:(?<name>[a-z0-9][a-z0-9-]{0,60})\s+)?(?:Helm\s+)?chart\s*(?:version\s*)?[:(]?\s*(?:(?:is|to|at)\s+)?(?<ver>${VER3})`,
      ),
    ],
    value: (match) =>
      match.groups?.args !== undefined
        ? helmCommandChart(match)
        : (match.groups?.value ?? nameAndVersion(match)),
  },
  {
    fact: "version.component",
    patterns: [
      re(
        String.raw`\b(?<name>${COMPONENTS})(?![\w-])(?:[^\n:]{0,30}?\s|:|\s*/[\w/-]{0,60}:)(?<ver>v?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)(?![\w+]|\.\d)`,
      ),
    ],
    value: nameAndVersion,
  },
  {
    fact: "version.client-tools",
    patterns: [
      /\bClient Version:\s*(?:version\.Info\{[^}]{0,200}?GitVersion:")?(?<value>v\d+\.\d+\.\d+[^\s",]*)/,
      /\b(?<value>aws-cli\/\d+\.\d+\.\d+)/,
      /"azure-cli":\s*"(?<value>\d+\.\d+\.\d+)"/,
      /^(?<value>azure-cli\s+\d+\.\d+\.\d+)/m,
      /\b(?<value>Google Cloud SDK \d+\.\d+\.\d+)/,
      re(String.raw`^\s*(?<value>argocd:\s+v\d+\.\d+\.\d+\S*)`, "m"),
      re(
        String.raw`\b(?<value>(?:kubectl|gcloud|aws[- ]cli|azure[- ]cli|az cli|argocd CLI|octo|octopus CLI|codefresh CLI|terraform|kustomize|oc client)\b(?:\s+(?:version|CLI|client))?(?:\s+(?:is|at|on|of))?\s*:?\s*v?\d+\.\d+(?:\.\d+)?)(?![\w+]|\.\d)`,
      ),
      re(String.raw`\b(?<value>[\w-]+-action(?:@|\s+)v\d+(?:\.\d+){0,2})\b`),
    ],
  },
];
