import { named, type FactRule } from "./fact-rule.ts";

/** Links to a project's issues or source files are references, not the customer's repository. */
const NOT_A_REPO =
  /\/(?:-\/|issues|pull|pulls|discussions|releases|blob|tree|commit|compare|wiki|actions)(?:\/|$)/;
const repoUrl = (match: RegExpExecArray): string => {
  const url = (match.groups?.value ?? match[0]).replace(/[.,;:)\]]+$/, "");
  return NOT_A_REPO.test(url) ? "" : url;
};

const REGISTRY_NAMES: [RegExp, string][] = [
  // Before ECR: "azurecr.io" contains "ecr".
  [/azurecr|\bACR\b|Azure Container Registry/i, "Azure Container Registry"],
  [/ecr|Elastic Container Registry/i, "Amazon ECR"],
  [/gcr\.io|pkg\.dev|Artifact Registry|Google Container Registry/i, "Google Artifact Registry / GCR"],
  [/ghcr|GitHub Container/i, "GitHub Container Registry"],
  [/registry\.gitlab|GitLab Container Registry/i, "GitLab Container Registry"],
  [/quay/i, "Quay"],
  [/harbor/i, "Harbor"],
  [/artifactory|jfrog/i, "Artifactory"],
  [/nexus/i, "Nexus"],
  [/docker/i, "Docker Hub"],
];

/** Where images and code come from: registry, image, repository, Git host and Git credentials. */
export const SOURCE_RULES: FactRule[] = [
  {
    fact: "registry.name",
    patterns: [
      // Hosts first: they say which registry for certain, where a product name may be in passing.
      /\b[\w.-]+\.dkr\.ecr\.[\w-]+\.amazonaws\.com\b|\bpublic\.ecr\.aws\b|\b[\w-]+\.azurecr\.io\b|\b(?:[\w-]+\.)?gcr\.io\b|\b[\w-]+-docker\.pkg\.dev\b|\bghcr\.io\b|\bregistry\.gitlab\.com\b|\bquay\.io\b|\b(?:registry-1\.|index\.)?docker\.io\b|\bhub\.docker\.com\b|\b[\w-]+\.jfrog\.io\b|\b(?:harbor|artifactory|nexus)[\w-]*\.[\w.-]+\.[a-z]{2,}\b/i,
      /\b(?:Docker Hub|DockerHub|Harbor|Artifactory|JFrog|Nexus(?: Repository)?|ECR|ACR|GHCR|Quay|GitHub Container Registry|GitLab Container Registry|Artifact Registry|Google Container Registry|Azure Container Registry|Elastic Container Registry)\b/,
    ],
    value: named(REGISTRY_NAMES),
  },
  {
    fact: "image.reference",
    patterns: [
      /(?:\bimage:?|\bpull(?:ing)?|Back-off pulling image|docker pull|docker push|\bpush(?:ing)?)\s+["']?(?<value>(?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9._/-]+(?::[\w.-]+|@sha256:[0-9a-f]{64}))["']?/i,
    ],
  },
  {
    fact: "repo.url",
    patterns: [
      /(?<value>\b(?:https?|ssh|git):\/\/[^\s"'<>`]*?(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|visualstudio\.com|\/_git\/|\/scm\/|\.git\b)[^\s"'<>`]*)/i,
      // scp-like SSH form: `git@github.com:org/repo.git`, Azure DevOps `git@ssh.dev.azure.com:v3/o/p/r`.
      /(?<value>\b[\w.-]+@[\w-]+\.[\w.-]+:(?!\/\/)[\w.~-]+\/[\w.~/-]+)/,
    ],
    value: repoUrl,
  },
  {
    fact: "git.provider",
    patterns: [
      /\b(?:GitHub Enterprise|GitHub|GitLab|Bitbucket(?: Server| Data Center| Cloud)?|Azure DevOps(?: Server)?|Azure Repos|Gitea|Gerrit|AWS CodeCommit|CodeCommit)\b(?! Container Registry| Packages| Pages| Marketplace)|\b(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|visualstudio\.com)\b/i,
    ],
    value: named([
      [/GitHub Enterprise/i, "GitHub Enterprise"],
      [/github/i, "GitHub"],
      [/gitlab/i, "GitLab"],
      [/Bitbucket (?:Server|Data Center)/i, "Bitbucket Server"],
      [/bitbucket/i, "Bitbucket"],
      [/azure|visualstudio/i, "Azure DevOps"],
      [/gitea/i, "Gitea"],
      [/gerrit/i, "Gerrit"],
      [/codecommit/i, "AWS CodeCommit"],
    ]),
  },
  {
    fact: "git.auth-method",
    patterns: [
      /\b(?:deploy keys?|SSH keys?|ssh-key|SSH private key|GitHub Apps?|personal access tokens?|PAT|project access tokens?|deploy tokens?|app passwords?|HTTPS tokens?|OAuth (?:app|token)|x-access-token)\b/,
      /\b(?:deploy keys?|SSH keys?|SSH private key|GitHub Apps?|personal access tokens?|project access tokens?|deploy tokens?|app passwords?)\b/i,
      /\bgit@[\w-]+\.[\w.-]+:[\w.~-]+\/|\bssh:\/\/[\w.-]+@/,
    ],
    value: named([
      [/deploy key/i, "deploy key"],
      [/GitHub App|x-access-token/i, "GitHub App"],
      [/ssh|git@/i, "SSH key"],
      [/personal access token|PAT|project access token|HTTPS token|deploy token/i, "HTTPS token"],
      [/app password/i, "app password"],
      [/OAuth/i, "OAuth token"],
    ]),
  },
];
