/* Secrets of CI/CD, chat, cloud and SaaS services, by format. */
import { b64, jwt, TOKEN_CTX, type KindSpec } from "./kind-spec.ts";
import { ALNUM, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM } from "./prng.ts";

export const SERVICE_KINDS: KindSpec[] = [
  {
    kind: "codefresh-api-key",
    formatOnly: true,
    secret: (r) => `${r.chars(HEX, 24)}.${r.chars(HEX, 32)}`,
    contexts: ["codefresh auth create-context --api-key §", "CF_API_KEY=§", "Authorization: §"],
  },
  {
    kind: "argocd-token",
    formatOnly: true,
    secret: (r) => jwt(r, "argocd"),
    contexts: ["argocd app sync web --auth-token §", "ARGOCD_AUTH_TOKEN=§", "Authorization: Bearer §"],
  },
  {
    kind: "slack-bot-token",
    formatOnly: true,
    secret: (r) => `xoxb-${r.chars("0123456789", 12)}-${r.chars("0123456789", 13)}-${r.chars(ALNUM, 24)}`,
    contexts: TOKEN_CTX,
  },
  {
    kind: "slack-user-token",
    formatOnly: true,
    secret: (r) =>
      `xoxp-${r.chars("0123456789", 12)}-${r.chars("0123456789", 12)}-${r.chars("0123456789", 13)}-${r.chars(HEX, 32)}`,
    contexts: TOKEN_CTX,
  },
  {
    kind: "slack-app-token",
    formatOnly: true,
    secret: (r) => `xapp-1-A${r.chars(UPPER_ALNUM, 10)}-${r.chars("0123456789", 13)}-${r.chars(HEX, 64)}`,
    contexts: TOKEN_CTX,
  },
  {
    kind: "slack-webhook",
    formatOnly: true,
    secret: (r) =>
      `https://hooks.slack.com/services/T${r.chars(UPPER_ALNUM, 8)}/B${r.chars(UPPER_ALNUM, 10)}/${r.chars(ALNUM, 24)}`,
    contexts: ["webhook_url: §", "curl -X POST -d @msg.json §", '{"slackWebhook":"§"}'],
  },
  {
    kind: "azure-client-secret",
    formatOnly: true,
    secret: (r) => r.chars(ALNUM, 3) + r.int(0, 9) + "Q~" + r.chars(ALNUM + "_~.-", 34),
    contexts: [
      "AZURE_CLIENT_SECRET=§",
      "az login --service-principal -u 0a1b2c3d-1111-2222-3333-444455556666 -p § --tenant t",
      "  clientSecret: §",
    ],
  },
  {
    kind: "azure-storage-key",
    secret: (r) => b64(r, 64),
    contexts: [
      "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=§;EndpointSuffix=core.windows.net",
      "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=§",
    ],
  },
  {
    kind: "azure-sas-token",
    secret: (r) => encodeURIComponent(b64(r, 32)),
    contexts: [
      "https://acme.blob.core.windows.net/c/pkg.zip?sv=2022-11-02&ss=b&srt=co&sp=r&se=2026-01-01T00:00:00Z&sig=§",
      "BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&sig=§",
    ],
  },
  {
    kind: "gcp-api-key",
    formatOnly: true,
    secret: (r) => "AIza" + r.chars(B64URL, 35),
    contexts: [
      "https://maps.googleapis.com/maps/api/geocode/json?key=§",
      "GOOGLE_API_KEY=§",
      '"apiKey": "§"',
    ],
  },
  {
    kind: "gcp-oauth-token",
    formatOnly: true,
    secret: (r) => "ya29." + r.chars(B64URL, r.int(100, 180)),
    contexts: ["Authorization: Bearer §", "access_token=§"],
  },
  {
    kind: "digitalocean-token",
    formatOnly: true,
    secret: (r) => "dop_v1_" + r.chars(HEX, 64),
    contexts: TOKEN_CTX,
  },
  {
    kind: "docker-hub-token",
    formatOnly: true,
    secret: (r) => "dckr_pat_" + r.chars(B64URL, 27),
    contexts: ["docker login -u acme -p §", "DOCKERHUB_TOKEN=§"],
  },
  {
    kind: "npm-token",
    formatOnly: true,
    secret: (r) => "npm_" + r.chars(ALNUM, 36),
    contexts: ["//registry.npmjs.org/:_authToken=§", "NPM_TOKEN=§"],
  },
  {
    kind: "pypi-token",
    formatOnly: true,
    secret: (r) => "pypi-AgEIcHlwaS5vcmc" + r.chars(B64URL, r.int(60, 160)),
    contexts: ["password = §", "twine upload -p § dist/*", "TWINE_PASSWORD=§"],
  },
  {
    kind: "nuget-api-key",
    formatOnly: true,
    secret: (r) => "oy2" + r.chars(LOWER_ALNUM, 43),
    contexts: ["dotnet nuget push pkg.nupkg --api-key § --source nuget.org", "NUGET_API_KEY=§"],
  },
  {
    kind: "vault-token",
    secret: (r) => (r.chance(0.7) ? "hvs." + r.chars(B64URL, 90) : "s." + r.chars(ALNUM, 24)),
    contexts: ["export VAULT_TOKEN=§", "X-Vault-Token: §"],
  },
  {
    kind: "terraform-token",
    formatOnly: true,
    secret: (r) => `${r.chars(LOWER_ALNUM, 14)}.atlasv1.${r.chars(B64URL, 67)}`,
    contexts: ['credentials "app.terraform.io" { token = "§" }', "TF_TOKEN_app_terraform_io=§"],
  },
  {
    kind: "stripe-key",
    formatOnly: true,
    secret: (r) => r.pick(["sk_live_", "rk_live_", "sk_test_"]) + r.chars(ALNUM, r.int(24, 99)),
    contexts: TOKEN_CTX,
  },
  {
    kind: "sendgrid-key",
    formatOnly: true,
    secret: (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
    contexts: TOKEN_CTX,
  },
  { kind: "twilio-key", formatOnly: true, secret: (r) => "SK" + r.chars(HEX, 32), contexts: TOKEN_CTX },
  {
    kind: "grafana-token",
    formatOnly: true,
    secret: (r) => `glsa_${r.chars(ALNUM, 32)}_${r.chars(HEX, 8)}`,
    contexts: TOKEN_CTX,
  },
  {
    kind: "sonarqube-token",
    formatOnly: true,
    secret: (r) => r.pick(["sqp_", "squ_"]) + r.chars(HEX, 40),
    contexts: ["sonar-scanner -Dsonar.token=§", "SONAR_TOKEN=§"],
  },
];
