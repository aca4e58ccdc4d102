import type { FactRule } from "./fact-rule.ts";
import { NEAR, VER } from "./version-patterns.ts";
import { TOOL_VERSION_RULES } from "./versions-tools.ts";

const re = (source: string, flags = "i") => new RegExp(source, flags);
// "runner" alone is as likely GitHub's or GitLab's: only Codefresh's own names count.
const CF_RUNNER = String.raw`(?:Codefresh\s+(?:Runner|GitOps\s+runtime|runtime|on-?prem(?:ises)?(?:\s+installation)?)|GitOps\s+runtime|hybrid\s+runner|cf-runtime|codefresh-runner|venona)`;

/** Version facts of the products: the product name, then within a few words, a version number. */
export const PRODUCT_VERSION_RULES: FactRule[] = [
  {
    fact: "version.octopus-server",
    patterns: [
      // The raw task log's header names the server's build.
      re(String.raw`^\s*(?:Octopus\s+)?Server version:\s*(?<value>20\d\d\.\d+\.\d+(?:\+[\w.-]+)?)`, "im"),
      re(
        String.raw`\bOctopus(?:\s+Deploy)?(?:\s+Server)?(?:\s+(?:version|build|v))?\s*:?\s*\(?v?(?<value>20\d\d\.\d+(?:\.\d+){0,2})(?![\w+]|\.\d)`,
      ),
      // Versions before 2018 (3.x, 4.x) only with the product named in full: `octo 4.1.0` is the CLI.
      re(
        String.raw`\bOctopus\s+(?:Deploy|Server)(?:\s+version)?\s*:?\s*v?(?<value>[34]\.\d+\.\d+)(?![\w+]|\.\d)`,
      ),
      re(
        String.raw`\bOctopus\b${NEAR}(?<![-\w])(?:to|version|on|running|build)\s+v?(?<value>20\d\d\.\d+(?:\.\d+){0,2})(?![\w+]|\.\d)`,
      ),
    ],
  },
  {
    fact: "version.tentacle",
    // For the Kubernetes agent the taxonomy wants the chart's version, not its Tentacle image's.
    patterns: [
      re(String.raw`\bkubernetes-agent-(?<value>\d+\.\d+\.\d+)(?![\w+]|\.\d)`),
      re(
        String.raw`\bkubernetes-agent\b[^\n]{0,160}?--version[= ]["']?(?<value>\d+\.\d+\.\d+)(?![\w+]|\.\d)`,
      ),
      re(
        String.raw`\bkubernetes[- ]agent\b${NEAR}(?<![-\w])(?:chart(?:\s+version)?|version|to)\s*:?\s*v?(?<value>\d+\.\d+\.\d+)(?![\w+]|\.\d)`,
      ),
      // A single-digit major keeps IP addresses (`Tentacle 10.0.0.5`) out.
      re(
        String.raw`\b(?:Octopus[ .]?)?Tentacle(?:\.exe)?(?:\s+(?:version|build|v))?\s*:?\s*v?(?<value>[1-9]\.\d+\.\d+)(?:\+[\w.-]+)?(?![\w+]|\.\d)`,
      ),
    ],
  },
  {
    fact: "version.codefresh-runner",
    patterns: [
      re(
        String.raw`\b(?:cf-runtime|codefresh-runner|venona|gitops-runtime|codefresh-gitops-runtime)-(?<value>\d+\.\d+\.\d+)\b`,
      ),
      re(String.raw`\b${CF_RUNNER}\s+v?(?<value>\d+\.\d+(?:\.\d+)?)(?![\w+]|\.\d)`),
      re(
        String.raw`\b${CF_RUNNER}\b${NEAR}(?<![-\w])(?:version|chart|to)\s*:?\s*v?(?<value>\d+\.\d+(?:\.\d+)?)(?![\w+]|\.\d)`,
      ),
    ],
  },
  {
    fact: "version.argocd",
    patterns: [
      re(String.raw`^\s*argocd-server:?\s+(?<value>${VER})`, "im"),
      re(String.raw`\bargoproj/argocd:(?<value>v\d+\.\d+\.\d+[\w.+-]*)`),
      re(
        String.raw`\bArgo\s?CD(?:\s+(?:server|version))?\s*:?\s*(?<value>v?\d+\.\d+(?:\.\d+)?(?:[+-][0-9a-z.]+)?)(?![\w+]|\.\d)(?!\s+(?:Helm\s+)?chart)`,
      ),
      re(String.raw`^\s*argocd:\s+(?<value>${VER})`, "im"),
      re(String.raw`\bargocd\b(?:\s+CLI)?\s+(?<value>v\d+\.\d+\.\d+(?:\+[0-9a-f]+)?)`),
      re(String.raw`\bthe\s+(?<value>v?\d+\.\d+\.\d+)\s+argocd\b`),
    ],
  },
  {
    fact: "version.helm",
    patterns: [
      /version\.BuildInfo\{Version:"(?<value>v\d+\.\d+\.\d+[^"]{0,40})"/,
      // Helm 2 prints the client as `Client: &version.Version{SemVer:"v2.16.1", ...}`.
      /\bClient: &version\.Version\{SemVer:"(?<value>v\d+\.\d+\.\d+[^"]{0,40})"/,
      re(
        String.raw`\bhelm version\b[^\n]{0,30}\n\s{0,4}(?<value>v[234]\.\d+\.\d+(?:\+g?[0-9a-f]+)?)\s*$`,
        "im",
      ),
      // "upgraded Helm to v3.9.0": the version after an upgrade is the one that now runs.
      re(
        String.raw`\b(?:upgrad|updat|mov|switch)\w*\s+(?:to\s+)?Helm\s+(?:(?:from\s+v?[\d.]+\s+)?to\s+)?(?<value>v?[234]\.\d+\.\d+)(?![\w+]|\.\d)`,
      ),
      re(String.raw`\bhelm-(?<value>v[234]\.\d+\.\d+)-(?:linux|darwin|windows)`),
      re(
        String.raw`\bHelm(?:\s+(?:client|CLI|version|binary))?\s*:?\s*(?<value>v?[234]\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.-]+)?)(?![\w+]|\.\d)`,
      ),
      // "helm ... version 3.2.1" names a chart version when "chart" or a `--version` flag is there.
      re(
        String.raw`\bHelm\b(?:(?!chart)[^\n]){0,40}?(?<![-\w])(?:to|version)\s+(?<value>v?[234]\.\d+\.\d+)(?![\w+]|\.\d)`,
      ),
    ],
  },
  {
    fact: "version.kubernetes",
    patterns: [
      /Server Version:\s*(?:version\.Info\{[^}]{0,200}?GitVersion:")?(?<value>v\d+\.\d+\.\d+[^\s",]*)/,
      /\bKubelet Version:\s*(?<value>v\d+\.\d+\.\d+\S*)/,
      // `kubectl get nodes`: NAME STATUS ROLES AGE VERSION.
      /\b(?:Ready|NotReady)(?:,SchedulingDisabled)?\s+[\w,<>-]+\s+\d+[smhd]\w*\s+(?<value>v1\.\d+\.\d+\S*)/,
      /\bkubeadm version: &version\.Info\{[^}]{0,200}?GitVersion:"(?<value>v\d+\.\d+\.\d+[^"]*)"/,
      // Distribution builds say what they are wherever they appear.
      /\b(?<value>v?1\.\d{1,2}\.\d+(?:-eks-[0-9a-f]+|-gke\.\d+|\+k3s\d+|\+rke2r\d+))/,
      re(
        String.raw`\b(?:Kubernetes|k8s|EKS|AKS|GKE|K3s|RKE2?|kubeadm|cluster)(?:\s+is)?(?:\s+on)?(?:\s+version)?\s*:?\s*(?<value>v?1\.\d{1,2}(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]+)?)(?![\w+]|\.\d)`,
      ),
      re(String.raw`\b(?<value>OpenShift(?:\s+Container\s+Platform)?\s+v?4\.\d+(?:\.\d+)?)(?![\w+]|\.\d)`),
      re(
        String.raw`\b(?:Kubernetes|EKS|AKS|GKE|k3s|cluster)\b${NEAR}\bto\s+(?<value>v?1\.\d{1,2}(?:\.\d+)?)(?![\w+]|\.\d)`,
      ),
    ],
  },
];

/** Every version rule: products first, then charts, components and client tools. */
export const VERSION_RULES: FactRule[] = [...PRODUCT_VERSION_RULES, ...TOOL_VERSION_RULES];
