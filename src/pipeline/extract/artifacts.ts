import type { FactRule } from "./fact-rule.ts";

const present = (what: string) => () => `provided (${what})`;

/** What the customer already pasted: outputs, logs, configuration and the exact command. */
export const ARTIFACT_RULES: FactRule[] = [
  {
    fact: "output.kubectl-describe",
    patterns: [/^\s*Events:\s*$[\s\S]{0,400}?\bType\s+Reason\s+Age\b/m, /^Name:\s+\S+\s*\nNamespace:\s+\S+/m],
    value: present("kubectl describe"),
  },
  {
    fact: "output.kubectl-events",
    patterns: [/\bLAST SEEN\s+TYPE\s+REASON\s+OBJECT\b/],
    value: present("kubectl get events"),
  },
  {
    fact: "output.helm-history",
    patterns: [/\bREVISION\s+UPDATED\s+STATUS\b/, /^NAME\s+NAMESPACE\s+REVISION\s+UPDATED\s+STATUS\b/m],
    value: present("helm history or list"),
  },
  {
    fact: "config.manifest",
    patterns: [/^\s*apiVersion:\s*\S+\s*\n(?:[\s\S]{0,200}?)^\s*kind:\s*\w+/m],
    value: present("manifest"),
  },
  {
    fact: "config.codefresh-yaml",
    patterns: [/^\s*steps:\s*$[\s\S]{0,400}?^\s+(?:type|image|commands|title):/m],
    value: present("pipeline YAML"),
  },
  {
    fact: "config.ci-workflow",
    patterns: [
      /^\s*(?:-\s*)?uses:\s*[\w-]+\/[\w-]+@/m,
      /\.gitlab-ci\.yml|\bJenkinsfile\b|^\s*pipeline\s*\{/m,
    ],
    value: present("CI workflow"),
  },
  {
    fact: "config.argocd-application",
    patterns: [/^\s*kind:\s*Application\s*$[\s\S]{0,600}?^\s*(?:source|sources):/m],
    value: present("Application spec"),
  },
  {
    fact: "log.octopus-task",
    patterns: [
      /^\s*(?:\d{2}:\d{2}:\d{2}\s+)(?:Verbose|Info|Warning|Error|Fatal)\s*\|/m,
      /^\s*(?:Verbose|Info|Warning|Error|Fatal)\s*\|\s/m,
    ],
    value: present("task log"),
  },
  {
    fact: "log.tentacle",
    patterns: [
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+\s+[+-]\d\d:\d\d\s+\d+\s+\d+\s+(?:INFO|WARN|ERROR|FATAL)\b/m,
    ],
    value: present("Tentacle log"),
  },
  {
    fact: "log.codefresh-build",
    patterns: [/\[SYSTEM\]|^\s*Step\s+\S+\s+(?:completed|failed|terminated)/m],
    value: present("build log"),
  },
  {
    fact: "command.exact",
    patterns: [
      /(?:^|\n|`)\s*(?:\$\s+|>\s+|\+\s+)?(?<value>(?:helm|kubectl|argocd|docker|git|octo|octopus|codefresh|cf|aws|az|gcloud|oc|kustomize|terraform)\s+(?:install|upgrade|uninstall|delete|rollback|history|list|ls|status|pull|push|repo|registry|template|dependency|lint|package|get|apply|create|describe|logs|exec|rollout|patch|edit|port-forward|auth|config|login|logout|app|cluster|proj|account|sync|version|clone|fetch|checkout|submodule|build|run|buildx|compose|create-release|deploy-release|push-package|run-runbook|release|project|package|sts|ecr|eks|iam|s3|aks|acr|account|container|storage|set|set-context|use-context|build|--?[a-z])\b[^\n`]{0,200})/,
    ],
  },
];
