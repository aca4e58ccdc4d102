import type { Finding } from "../analyzer.ts";
import { signatureAnalyzer } from "../signature-analyzer.ts";

/** Codes that report that a workload is unhealthy without saying why. */
const CONSEQUENCES = new Set(["k8s.pod.crashloop", "k8s.rollout.progress-deadline", "k8s.job.backoff-limit"]);
const CONSEQUENCE_FACTOR = 0.6;

/** Kubernetes workloads, scheduling, storage, RBAC, admission, API, nodes and client access. */
export const kubernetesAnalyzer = signatureAnalyzer({
  area: "kubernetes",
  mentions: [
    [/\bkubectl\b|\bkubelet\b|\bkube-apiserver\b/i, 0.5],
    [/\bKubernetes\b|\bk8s\b|\bK3s\b|\bEKS\b|\bAKS\b|\bGKE\b|\bOpenShift\b/i, 0.4],
    [
      /\b(?:pods?|Deployment|StatefulSet|DaemonSet|namespace|Ingress|Service|PersistentVolumeClaim|PVC|ConfigMap|HPA|CronJob|node)s?\b/,
      0.3,
    ],
  ],
  refine: (findings) => {
    // A crash loop or a failed rollout is the consequence; a pod-level cause found beside it wins.
    const causeFound = findings.some(
      (finding) => finding.code.startsWith("k8s.") && !CONSEQUENCES.has(finding.code),
    );
    return findings.map((finding): Finding =>
      causeFound && CONSEQUENCES.has(finding.code)
        ? { ...finding, score: finding.score * CONSEQUENCE_FACTOR }
        : finding,
    );
  },
});
