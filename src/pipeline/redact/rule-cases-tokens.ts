/* Test tables for fixed-format tokens (vendor prefixes); see rule-case-kit.ts. */
import { jwt, r, type KindTable } from "./rule-case-kit.ts";

const AKIA = "AKIA" + "Q3EGRTHV7KZP2MWX";
const PEM_BODY = r("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 2);

export const TOKEN_TABLES: Record<string, KindTable> = {
  "aws-access-key-id": {
    hits: [
      [`aws_access_key_id = ${AKIA}`, AKIA],
      [`key ASIA${r("K7QZ", 4)} denied`, `ASIA${r("K7QZ", 4)}`],
    ],
    misses: ["AKIA is the prefix of long-term keys", "AKIAIOSFODNN7EXAMPLEEXTRA123"],
  },
  "aws-secret-access-key": {
    hits: [
      [`aws_secret_access_key = ${r("wJa1/K7+", 5)}`, r("wJa1/K7+", 5)],
      [`"SecretAccessKey": "${r("Zx9+qR2/", 5)}"`, r("Zx9+qR2/", 5)],
    ],
    misses: ["aws_secret_access_key = ${AWS_SECRET}", "secret_key: short1"],
  },
  "aws-session-token": {
    hits: [[`aws_session_token = IQoJ${r("b3JpZ2lu+/A9", 10)}`, `IQoJ${r("b3JpZ2lu+/A9", 10)}`]],
    misses: ["aws_session_token = <session-token>"],
  },
  "github-token": {
    hits: [[`token ghp_${r("aB3dE6", 6)} here`, `ghp_${r("aB3dE6", 6)}`]],
    misses: ["ghp_tooShort123", "see docs for ghp_ tokens"],
  },
  "github-fine-grained-token": {
    hits: [
      [
        `GH_TOKEN=github_pat_11${r("ABCDE", 4)}_${r("xY7zQ", 12)}`,
        `github_pat_11${r("ABCDE", 4)}_${r("xY7zQ", 12)}`,
      ],
    ],
    misses: ["github_pat_ prefix marks fine-grained tokens"],
  },
  "github-oauth-token": { hits: [[`gho_${r("Kq8Lm2", 6)}`, `gho_${r("Kq8Lm2", 6)}`]], misses: ["gho_short"] },
  "github-app-token": {
    hits: [
      [`x-access-token:ghs_${r("P9oIu7", 6)}`, `ghs_${r("P9oIu7", 6)}`],
      [`ghu_${r("T5rE4w", 6)}`, `ghu_${r("T5rE4w", 6)}`],
    ],
    misses: ["ghs_ and ghu_ are installation prefixes"],
  },
  "github-refresh-token": { hits: [[`ghr_${r("Mn3Bv5", 10)}`, `ghr_${r("Mn3Bv5", 10)}`]], misses: ["ghr_1"] },
  "gitlab-token": {
    hits: [
      [`PRIVATE-TOKEN: glpat-${r("x9Y_z", 4)}`, `glpat-${r("x9Y_z", 4)}`],
      [`gldt-${r("Ab1Cd", 4)}`, `gldt-${r("Ab1Cd", 4)}`],
    ],
    misses: ["glpat-short", "the gldt- prefix is for deploy tokens"],
  },
  "gitlab-runner-token": {
    hits: [
      [`--token glrt-${r("Qw3Er", 4)}`, `glrt-${r("Qw3Er", 4)}`],
      [`GR1348941${r("aZ9_x", 4)}`, `GR1348941${r("aZ9_x", 4)}`],
    ],
    misses: ["glrt-abc"],
  },
  "gitlab-ci-token": {
    hits: [[`glptt-${r("0a1b2c3d", 5)}`, `glptt-${r("0a1b2c3d", 5)}`]],
    misses: ["glptt-0a1b"],
  },
  "bitbucket-app-password": {
    hits: [[`app password ATBB${r("k3J9xQ2m", 4)}`, `ATBB${r("k3J9xQ2m", 4)}`]],
    misses: ["ATBB123"],
  },
  "atlassian-api-token": {
    hits: [[`ATATT3x${r("FfGF0aB_-", 10)}`, `ATATT3x${r("FfGF0aB_-", 10)}`]],
    misses: ["ATATT3 is a prefix"],
  },
  "octopus-api-key": {
    hits: [[`--apiKey API-${r("X7K2", 7)}`, `API-${r("X7K2", 7)}`]],
    misses: ["API-GATEWAY-TIMEOUT", "Deployments-123 ServerTasks-4567 Projects-12"],
  },
  "codefresh-api-key": {
    hits: [[`CF_API_KEY=${r("5f3a", 6)}.${r("9c1e", 8)}`, `${r("5f3a", 6)}.${r("9c1e", 8)}`]],
    misses: ["5f3a5f3a.9c1e"],
  },
  "argocd-token": {
    hits: [
      [
        `argocd --auth-token ${jwt({ iss: "argocd", sub: "proj:web:ci" })}`,
        jwt({ iss: "argocd", sub: "proj:web:ci" }),
      ],
    ],
    misses: ["argocd login argocd.acme.io --sso"],
  },
  "slack-bot-token": {
    hits: [
      [`xoxb-123456789012-1234567890123-${r("aB3", 8)}`, `xoxb-123456789012-1234567890123-${r("aB3", 8)}`],
    ],
    misses: ["xoxb- tokens belong to bots"],
  },
  "slack-user-token": {
    hits: [
      [
        `xoxp-123456789012-123456789012-1234567890123-${r("0f", 16)}`,
        `xoxp-123456789012-123456789012-1234567890123-${r("0f", 16)}`,
      ],
    ],
    misses: ["xoxp-123"],
  },
  "slack-app-token": {
    hits: [
      [
        `xapp-1-A0123456789-1234567890123-${r("ab12", 16)}`,
        `xapp-1-A0123456789-1234567890123-${r("ab12", 16)}`,
      ],
    ],
    misses: ["xapp-1"],
  },
  "slack-token": { hits: [[`xoxa-2-${r("abc123", 4)}`, `xoxa-2-${r("abc123", 4)}`]], misses: ["xox tokens"] },
  "slack-webhook": {
    hits: [
      [
        "url: https://hooks.slack.com/services/T0123ABCD/B0123ABCDE/abcDEF123456ghiJKL789012",
        "https://hooks.slack.com/services/T0123ABCD/B0123ABCDE/abcDEF123456ghiJKL789012",
      ],
    ],
    misses: ["see https://api.slack.com/messaging/webhooks"],
  },
  "azure-client-secret": {
    hits: [[`AZURE_CLIENT_SECRET=abc8Q~${r("Xy7_z.-", 4)}abcd`, `abc8Q~${r("Xy7_z.-", 4)}abcd`]],
    misses: ["Q~ is a marker"],
  },
  "azure-storage-key": {
    hits: [
      [
        `AccountName=acme;AccountKey=${r("Zm9vYmFy", 11)}==;EndpointSuffix=core.windows.net`,
        `${r("Zm9vYmFy", 11)}==`,
      ],
    ],
    misses: ["AccountName=acme;EndpointSuffix=core.windows.net"],
  },
  "azure-sas-token": {
    hits: [[`blob?sv=2022-11-02&sp=r&sig=${r("aB3%2F", 6)}`, r("aB3%2F", 6)]],
    misses: ["sv=2022-11-02&sp=r"],
  },
  "gcp-service-account-key": {
    hits: [
      [
        `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${PEM_BODY}\\n-----END PRIVATE KEY-----\\n"}`,
        PEM_BODY,
      ],
    ],
    misses: ['{"private_key_id": "", "client_email": "ci@acme.iam.gserviceaccount.com"}'],
  },
  "gcp-api-key": {
    hits: [[`key=AIza${r("SyB3-x_9Q", 3)}Ab3-x_9Q`, `AIza${r("SyB3-x_9Q", 3)}Ab3-x_9Q`]],
    misses: ["AIza prefix"],
  },
  "gcp-oauth-token": {
    hits: [[`Bearer ya29.${r("a0AfB_x", 6)}`, `ya29.${r("a0AfB_x", 6)}`]],
    misses: ["ya29.short"],
  },
  "digitalocean-token": {
    hits: [[`dop_v1_${r("0a9f", 16)}`, `dop_v1_${r("0a9f", 16)}`]],
    misses: ["dop_v1_abc"],
  },
  "docker-hub-token": {
    hits: [[`-p dckr_pat_${r("Ab3_x", 6)}`, `dckr_pat_${r("Ab3_x", 6)}`]],
    misses: ["dckr_pat_"],
  },
  "npm-token": {
    hits: [
      [`//registry.npmjs.org/:_authToken=npm_${r("aB3cD4", 6)}`, `npm_${r("aB3cD4", 6)}`],
      [`//npm.acme.io/:_authToken=${r("x9Y8", 6)}`, r("x9Y8", 6)],
    ],
    misses: ["//registry.npmjs.org/:_authToken=${NPM_TOKEN}"],
  },
  "pypi-token": {
    hits: [[`password = pypi-AgEIcHlwaS5vcmc${r("CJDk3-_x", 8)}`, `pypi-AgEIcHlwaS5vcmc${r("CJDk3-_x", 8)}`]],
    misses: ["pypi-Ag"],
  },
  "nuget-api-key": {
    hits: [[`--api-key oy2${r("a1b2c3d4e5", 4)}xyz`, `oy2${r("a1b2c3d4e5", 4)}xyz`]],
    misses: ["oy2abc"],
  },
  "vault-token": {
    hits: [
      [`VAULT_TOKEN=hvs.${r("CAES_x9", 5)}`, `hvs.${r("CAES_x9", 5)}`],
      [`X-Vault-Token: s.${r("Ab3Cd", 5)}`, `s.${r("Ab3Cd", 5)}`],
    ],
    misses: ["vault status", "hvs.short"],
  },
  "terraform-token": {
    hits: [
      [`token = "${r("ab1", 4)}cd.atlasv1.${r("Xy9_=", 14)}"`, `${r("ab1", 4)}cd.atlasv1.${r("Xy9_=", 14)}`],
    ],
    misses: ["app.terraform.io"],
  },
  "stripe-key": {
    hits: [[`sk_live_${r("4eC39HqL", 3)}`, `sk_live_${r("4eC39HqL", 3)}`]],
    misses: ["sk_live_ keys are secret"],
  },
  "sendgrid-key": {
    hits: [[`SG.${r("aB3_x", 4)}ab.${r("Cd5-y", 8)}abc`, `SG.${r("aB3_x", 4)}ab.${r("Cd5-y", 8)}abc`]],
    misses: ["SG.short.key"],
  },
  "twilio-key": {
    hits: [[`SK${r("0123456789abcdef", 2)}`, `SK${r("0123456789abcdef", 2)}`]],
    misses: ["SKU 12345"],
  },
  "grafana-token": {
    hits: [[`glsa_${r("aB3d", 8)}_${r("0f1e", 2)}`, `glsa_${r("aB3d", 8)}_${r("0f1e", 2)}`]],
    misses: ["glsa_"],
  },
  "sonarqube-token": {
    hits: [[`-Dsonar.token=sqp_${r("0a1b", 10)}`, `sqp_${r("0a1b", 10)}`]],
    misses: ["sqp_0a1b"],
  },
};
