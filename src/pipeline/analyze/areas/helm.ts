import semver from "semver";
import type { Finding } from "../analyzer.ts";
import { signatureAnalyzer } from "../signature-analyzer.ts";

/**
 * Helm refuses a chart when the cluster's version fails the chart's kubeVersion constraint. When
 * the version plainly satisfies it, the constraint is what is wrong: Helm compares with semver, so a
 * constraint without a `-0` suffix excludes builds such as `v1.29.4-eks-036c24b` (pre-release
 * syntax). That is a defect in the chart, not the customer's configuration.
 */
function constraintContradiction(finding: Finding): Finding {
  const { constraint, kubeVersion } = finding.captures;
  if (!constraint || !kubeVersion) return finding;
  const version = semver.coerce(kubeVersion);
  const range = semver.validRange(constraint.replace(/-0\b/g, ""));
  if (!version || !range || !semver.satisfies(version, range)) return finding;
  return {
    ...finding,
    defect: `The chart's kubeVersion constraint "${constraint}" rejects Kubernetes ${kubeVersion} although ${version.version} satisfies it: the constraint lacks a "-0" suffix, so provider builds with a pre-release-style suffix are excluded (a chart defect).`,
  };
}

/** The Helm client, charts, repositories and release state. */
export const helmAnalyzer = signatureAnalyzer({
  area: "helm",
  mentions: [
    [/\bhelm\b/i, 0.6],
    [
      /\b(?:INSTALLATION|UPGRADE|ROLLBACK) FAILED\b|\bsh\.helm\.release\b|\bChart\.yaml\b|\bvalues\.yaml\b/,
      0.5,
    ],
    [/\bcharts?\b/i, 0.2],
  ],
  refine: (findings) => findings.map(constraintContradiction),
});
