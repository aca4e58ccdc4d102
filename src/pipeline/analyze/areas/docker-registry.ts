import { signatureAnalyzer } from "../signature-analyzer.ts";

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
});
