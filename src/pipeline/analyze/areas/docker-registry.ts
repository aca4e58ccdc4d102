import type { Finding } from "../analyzer.ts";
import { signatureAnalyzer } from "../signature-analyzer.ts";

/** The client is pushing: a cause that only explains a pull does not fit. */
const PUSHING = /\bThe push refers to repository\b|\bdocker push\b|\bpush(?:ing)? (?:the )?image\b/i;
const PULL_ONLY_FACTOR = 0.8;

/** Container registries and the Docker client and daemon. */
export const dockerRegistryAnalyzer = signatureAnalyzer({
  area: "docker-registry",
  mentions: [
    [/\bdocker\b/i, 0.5],
    [
      /\bregistry\b|\bDocker Hub\b|\bECR\b|\bACR\b|\bGCR\b|\bHarbor\b|\bArtifactory\b|\bQuay\b|\bghcr\.io\b/i,
      0.5,
    ],
    [/\bimages?\b|\bDockerfile\b|\bmanifest list\b/i, 0.3],
  ],
  refine: (findings, context) =>
    PUSHING.test(context.doc.text)
      ? findings.map((finding): Finding =>
          finding.code.startsWith("registry.pull.")
            ? { ...finding, score: finding.score * PULL_ONLY_FACTOR }
            : finding,
        )
      : findings,
});
