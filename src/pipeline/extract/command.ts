import type { FactRule } from "./fact-rule.ts";
import { looksLikeProse } from "./error-lines.ts";

const TOOLS = String.raw`helm|kubectl|argocd|docker|git|octo|octopus|codefresh|cf|aws|az|gcloud|oc|kustomize|terraform|kubeadm|crictl|ctr|openssl|curl`;
const SUBCOMMANDS = String.raw`install|upgrade|uninstall|delete|rollback|history|list|ls|status|pull|push|repo|registry|template|dependency|lint|package|get|apply|create|describe|logs|exec|rollout|patch|edit|port-forward|auth|config|login|logout|app|cluster|proj|account|sync|version|clone|fetch|checkout|submodule|build|run|buildx|compose|create-release|deploy-release|push-package|run-runbook|release|project|sts|ecr|eks|iam|s3|aks|acr|container|storage|set|set-context|use-context|init|plan|join|certs|upgrade|s_client|x509|images|ps|inspect|manifest|cp|top|drain|cordon|scale|wait|--?[a-z]`;
/** Words of a sentence about a command ("helm upgrade fails every time"), not of the command. */
const SENTENCE =
  /\b(?:fails?|failed|failing|doesn't|does not|did not|didn't|is|are|was|were|when|but|because|seems|keeps|works?|worked|hangs?|never|always|returns|gives|says|shows)\b/i;
/** What makes a line a command: a flag, a path, an assignment, a URL or a resource/name form. */
const ARGUMENT = /\s-{1,2}[\w-]|[/=:@]|\.\w/;

/** The command line as typed, unless the words around the tool name read as a sentence. */
function commandLine(match: RegExpExecArray): string {
  const prompt = match.groups?.prompt ?? "";
  const value = match.groups?.value ?? "";
  if (looksLikeProse(value)) return "";
  if (!prompt && SENTENCE.test(value) && !ARGUMENT.test(value)) return "";
  return value;
}

/** The exact command the customer ran: at the start of a line or in backticks, after a prompt. */
export const COMMAND_RULES: FactRule[] = [
  {
    fact: "command.exact",
    patterns: [
      new RegExp(
        String.raw`(?:^|\`)[ \t]*(?<prompt>(?:PS [^>\n]{1,60})?[$>#+][ \t]+)?(?<value>(?:sudo\s+)?(?:${TOOLS})\s+(?:${SUBCOMMANDS})\b[^\n\`]{0,200})`,
        "m",
      ),
    ],
    value: commandLine,
  },
];
