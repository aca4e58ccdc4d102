import { looksGenerated, type RedactionRule } from "../rule.ts";

/** Tokens of CI/CD, chat, registries and SaaS APIs, recognised by their fixed prefixes. */
export const SERVICE_RULES: RedactionRule[] = [
  {
    kind: "octopus-api-key",
    pattern: /(?<![A-Za-z0-9_])API-[A-Z0-9]{20,40}(?![A-Za-z0-9_-])/g,
    keywords: ["api-"],
    // API-GATEWAY... style words are not keys: a real key mixes letters and digits.
    check: (value) => /\d/.test(value.slice(4)) && /[A-Z]/.test(value.slice(4)),
  },
  {
    kind: "codefresh-api-key",
    pattern: /(?<![0-9a-f])[0-9a-f]{24}\.[0-9a-f]{32}(?![0-9a-f])/g,
  },
  {
    kind: "slack-bot-token",
    pattern: /(?<![A-Za-z0-9-])xoxb-[0-9]{8,14}-[A-Za-z0-9-]{10,100}/g,
    keywords: ["xoxb-"],
  },
  {
    kind: "slack-user-token",
    pattern: /(?<![A-Za-z0-9-])xox[pe]-[0-9]{8,14}-[A-Za-z0-9-]{10,150}/g,
    keywords: ["xoxp-", "xoxe-"],
  },
  {
    kind: "slack-app-token",
    pattern: /(?<![A-Za-z0-9-])xapp-\d-[A-Z0-9]{6,20}-\d{6,20}-[a-z0-9]{20,100}/gi,
    keywords: ["xapp-"],
  },
  {
    kind: "slack-token",
    pattern: /(?<![A-Za-z0-9-])(?:xox[aors]-|xoxe\.xox[bp]-\d-)[A-Za-z0-9-]{10,200}/g,
    keywords: ["xox"],
  },
  {
    kind: "slack-webhook",
    pattern: /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,200}/gi,
    keywords: ["hooks.slack.com"],
  },
  {
    kind: "docker-hub-token",
    pattern: /(?<![A-Za-z0-9_])dckr_(?:pat|oat)_[A-Za-z0-9_-]{20,60}/g,
    keywords: ["dckr_"],
  },
  { kind: "npm-token", pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g, keywords: ["npm_"] },
  {
    kind: "npm-token",
    pattern: /:_(?:authToken|auth|password)[ \t]*=[ \t]*["']?(?<secret>[A-Za-z0-9+/=._~-]{8,500})/g,
    keywords: [":_auth", ":_password"],
    check: (value) => !value.startsWith("${"),
  },
  {
    kind: "pypi-token",
    pattern: /(?<![A-Za-z0-9_-])pypi-Ag[EI][A-Za-z0-9_-]{50,2000}/g,
    keywords: ["pypi-ag"],
  },
  { kind: "nuget-api-key", pattern: /(?<![A-Za-z0-9])oy2[a-z0-9]{43}(?![A-Za-z0-9])/g, keywords: ["oy2"] },
  {
    kind: "vault-token",
    pattern: /(?<![A-Za-z0-9_.-])hv[sbr]\.[A-Za-z0-9_-]{24,300}/g,
    keywords: ["hvs.", "hvb.", "hvr."],
  },
  {
    kind: "vault-token",
    pattern:
      /(?:vault[\w-]{0,20}token|x-vault-token)["']?[ \t]*[:= ][ \t]*["']?(?<secret>[sbr]\.[A-Za-z0-9]{24,100})(?![A-Za-z0-9])/gi,
    keywords: ["vault"],
  },
  {
    kind: "terraform-token",
    pattern: /(?<![A-Za-z0-9])[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,100}/g,
    keywords: [".atlasv1."],
  },
  {
    kind: "stripe-key",
    pattern: /(?<![A-Za-z0-9_])(?:sk|rk|whsec)_(?:(?:live|test|prod)_)?[0-9A-Za-z]{20,250}(?![A-Za-z0-9])/g,
    keywords: ["sk_", "rk_", "whsec_"],
    check: looksGenerated,
  },
  {
    kind: "sendgrid-key",
    pattern: /(?<![A-Za-z0-9_])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,60}/g,
    keywords: ["sg."],
  },
  { kind: "twilio-key", pattern: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/g, keywords: ["sk"] },
  {
    kind: "grafana-token",
    pattern: /(?<![A-Za-z0-9_])(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})/g,
    keywords: ["glsa_", "glc_"],
  },
  {
    kind: "sonarqube-token",
    pattern: /(?<![A-Za-z0-9_])sq[pua]_[a-f0-9]{40}(?![A-Za-z0-9])/g,
    keywords: ["sqp_", "squ_", "sqa_"],
  },
];
