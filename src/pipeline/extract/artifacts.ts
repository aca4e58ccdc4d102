import type { FactRule } from "./fact-rule.ts";
import { COMMAND_RULES } from "./command.ts";
import { CONFIG_ARTIFACT_RULES } from "./artifacts-config.ts";

const present = (what: string) => () => `provided (${what})`;
/** The NLog layout Octopus Server and Tentacle write: date, time, process, thread, level. */
const NLOG = String.raw`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+(?:\s+[+-]\d\d:\d\d)?\s+\d+\s+\d+\s+(?:TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s`;

/** What the customer already pasted: outputs and logs (configuration in artifacts-config.ts). */
export const ARTIFACT_RULES: FactRule[] = [
  {
    fact: "output.kubectl-describe",
    patterns: [
      /^\s*Events:\s*$[\s\S]{0,400}?\bType\s+Reason\s+Age\b/m,
      /^Name:\s+\S+\s*\nNamespace:\s+\S+/m,
      /^Name:\s+\S+\s*\nRoles:\s+\S*\s*\nLabels:/m,
      /^Events:\s+<none>\s*$/m,
    ],
    value: present("kubectl describe"),
  },
  {
    fact: "output.kubectl-events",
    patterns: [/\bLAST SEEN\s+TYPE\s+REASON\s+OBJECT\b/, /\bNAMESPACE\s+LAST SEEN\s+TYPE\s+REASON\b/],
    value: present("kubectl get events"),
  },
  {
    fact: "output.helm-history",
    patterns: [
      /\bREVISION\s+UPDATED\s+STATUS\b/,
      /^NAME\s+NAMESPACE\s+REVISION\s+UPDATED\s+STATUS\b/m,
      /^NAME:\s+\S+\s*\nLAST DEPLOYED:/m,
    ],
    value: present("helm history, list or status"),
  },
  {
    fact: "log.octopus-task",
    minMatches: 3,
    patterns: [
      /^\s*(?:\d{2}:\d{2}:\d{2}\s+)(?:Verbose|Info|Warning|Error|Fatal)\s*\|/m,
      /^\s*(?:Verbose|Info|Warning|Error|Fatal)\s*\|\s/m,
      /^Task ID:\s+ServerTasks-\d+/m,
    ],
    value: present("task log"),
    attachment: { name: /^ServerTasks-\d+/i, value: "provided (task log)" },
  },
  {
    fact: "log.tentacle",
    minMatches: 3,
    patterns: [
      new RegExp(String.raw`${NLOG}[^\n]{0,300}(?:Tentacle|listen:\/\/|poll:\/\/)`, "m"),
      new RegExp(String.raw`(?:Tentacle|listen:\/\/|poll:\/\/)[^\n]{0,300}\n${NLOG.slice(1)}`, ""),
    ],
    value: present("Tentacle log"),
    attachment: { name: /tentacle.*\.(?:txt|log)$/i, value: "provided (Tentacle log)" },
  },
  {
    fact: "log.octopus-server",
    patterns: [
      new RegExp(String.raw`${NLOG}[^\n]{0,300}(?:OctopusServer|Octopus\.Server|Octopus Server)`, "m"),
    ],
    value: present("Octopus Server log"),
    attachment: { name: /OctopusServer.*\.(?:txt|log)$/i, value: "provided (Octopus Server log)" },
  },
  {
    fact: "log.codefresh-build",
    minMatches: 3,
    patterns: [/\[SYSTEM\]|^\s*Step\s+\S+\s+(?:completed|failed|terminated)/m],
    value: present("build log"),
  },
  {
    fact: "log.pod",
    patterns: [
      // klog (`E0312 10:15:13.123456  1 file.go:123]`), logfmt and JSON lines are what containers print.
      /^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6}\s+\d+ [\w.-]+:\d+\]/m,
      /^time="[^"\n]{8,40}" level=(?:trace|debug|info|warning|warn|error|fatal)\b/m,
      /^\{"(?:level|severity|ts|time|timestamp|@timestamp|msg)":/m,
      /\bkubectl logs\b[^\n]{0,150}\n(?![ \t]*(?:[$>#]\s|kubectl\b))[^\n]*\S/,
    ],
    value: present("pod logs"),
  },
  ...CONFIG_ARTIFACT_RULES,
  ...COMMAND_RULES,
];
