import { readFileSync } from "node:fs";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";

/** The ticket the console tests work on: a locked Helm release, with a task log attached. */
export function lockedReleaseTicket(): Record<string, unknown> {
  const example = JSON.parse(
    readFileSync(new URL("../../examples/helm-upgrade-locked.json", import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  const log = [
    "2026-11-26T02:14:03Z Step 4/6: helm upgrade",
    "2026-11-26T02:14:03Z + helm upgrade --install checkout-api ./charts/checkout-api -n prod --wait --timeout 10m",
    "2026-11-26T02:14:04Z history.go:56: [debug] getting history for release checkout-api",
    "2026-11-26T02:14:04Z upgrade.go:164: [debug] preparing upgrade for checkout-api",
    "2026-11-26T02:14:05Z Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
    "2026-11-26T02:14:05Z helm.go:84: [debug] another operation (install/upgrade/rollback) is in progress",
    "2026-11-26T02:14:05Z ##[error]Process completed with exit code 1.",
  ].join("\n");
  return {
    ...example,
    externalId: "console-e2e-locked",
    attachments: [{ name: "pipeline-4711.log", text: log }],
  };
}

const BACKGROUND = [
  ["argocd-repo-ssh-known-hosts", "globex", "Argo CD cannot fetch from our GitLab repository"],
  [
    "registry-pull-unauthorized",
    "initech",
    "Pods stuck in ImagePullBackOff after rotating registry password",
  ],
  ["k8s-pod-crashloop", "umbrella", "payments-worker keeps restarting"],
  ["tentacle-polling-not-connected", "hooli", "Polling Tentacle shows offline since the weekend"],
  ["tls-ca-unknown-authority", "acme", "x509 error when the deploy step calls our internal API"],
] as const;

/** A few more tickets built from shipped articles' fixtures, so the queue looks like a real one. */
export function backgroundTickets(): Record<string, unknown>[] {
  const { kb } = loadKnowledge();
  return BACKGROUND.flatMap(([id, org, subject]) => {
    const fixture = kb.byId.get(id)?.fixtures[0];
    if (!fixture) return [];
    return [
      {
        externalId: `console-e2e-${id}`,
        subject,
        body: `Hello,\n\nWe are stuck, this is what we see:\n\n${fixture.text}\nThanks for looking.`,
        customer: { org, email: `ops@${org}.example` },
      },
    ];
  });
}

/** A ticket whose every customer-controlled field carries script or remote content. */
export const XSS_TICKET = {
  externalId: "console-e2e-xss",
  subject: `<img src=x onerror="window.__xss='subject';alert('subject')"> Deploy fails`,
  body: [
    "Hi, our deploy fails with this output:",
    "<script>window.__xss='body';alert('script')</script>",
    `<a href="javascript:alert('link')">click for details</a>`,
    "[more details](javascript:alert('markdown'))",
    `<svg onload="alert('svg')"><script>alert('svg-script')</script></svg>`,
    `<iframe src="javascript:alert('iframe')"></iframe><img src="https://example.com/tracker.png">`,
    "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
  ].join("\n"),
  attachments: [
    {
      name: `<img src=x onerror="alert('attachment')">.log`,
      text: `<svg/onload=alert('attachment-text')>\n<style>body{display:none}</style>\nplain line`,
    },
  ],
  customer: { org: "mallory", email: "m@mallory.example" },
};
