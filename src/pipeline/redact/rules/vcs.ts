import type { RedactionRule } from "../rule.ts";

/** Source-hosting tokens: GitHub, GitLab, Bitbucket/Atlassian. Prefixes make them unambiguous. */
export const VCS_RULES: RedactionRule[] = [
  // Classic PATs keep the kind "github-token" that the CLI contract already shows.
  {
    kind: "github-token",
    pattern: /(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])/g,
    keywords: ["ghp_"],
  },
  {
    kind: "github-fine-grained-token",
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}(?![A-Za-z0-9_])/g,
    keywords: ["github_pat_"],
  },
  {
    kind: "github-oauth-token",
    pattern: /(?<![A-Za-z0-9_])gho_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])/g,
    keywords: ["gho_"],
  },
  {
    kind: "github-app-token",
    pattern: /(?<![A-Za-z0-9_])gh[us]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])/g,
    keywords: ["ghu_", "ghs_"],
  },
  {
    kind: "github-refresh-token",
    pattern: /(?<![A-Za-z0-9_])ghr_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])/g,
    keywords: ["ghr_"],
  },
  {
    kind: "gitlab-runner-token",
    pattern:
      /(?<![A-Za-z0-9_-])(?:glrt-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}[0-9a-z]{7})?|GR1348941[A-Za-z0-9_-]{20,60})/g,
    keywords: ["glrt-", "gr1348941"],
  },
  {
    kind: "gitlab-ci-token",
    pattern: /(?<![A-Za-z0-9_-])(?:glcbt-(?:[0-9a-f]{1,5}_)?[A-Za-z0-9_-]{20,300}|glptt-[0-9a-f]{40})/g,
    keywords: ["glcbt-", "glptt-"],
  },
  {
    kind: "gitlab-token",
    pattern:
      /(?<![A-Za-z0-9_-])gl(?:pat|dt|oas|soat|ffct|imt|agent|ft|wt)-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}[0-9a-z]{7})?/g,
    keywords: ["gl"],
  },
  {
    kind: "bitbucket-app-password",
    pattern: /(?<![A-Za-z0-9_-])ATBB[A-Za-z0-9_=.-]{28,60}(?![A-Za-z0-9_-])/g,
    keywords: ["atbb"],
  },
  {
    kind: "atlassian-api-token",
    pattern: /(?<![A-Za-z0-9_-])AT(?:ATT|CTT)3[A-Za-z0-9_=-]{60,250}(?![A-Za-z0-9_-])/g,
    keywords: ["atatt3", "atctt3"],
  },
];
