import { ALNUM, B64, HEX, type Rng } from "./prng.ts";

const uuid = (r: Rng): string =>
  [r.chars(HEX, 8), r.chars(HEX, 4), "4" + r.chars(HEX, 3), "a" + r.chars(HEX, 3), r.chars(HEX, 12)].join(
    "-",
  );
const name = (r: Rng): string =>
  `${r.pick(["web", "api", "worker", "payments", "octopus-server", "tentacle"])}-${r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 10)}-${r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 5)}`;
const b64text = (r: Rng): string =>
  Buffer.from(
    r.pick([
      "hello world, this is config",
      "apiVersion: v1\nkind: ConfigMap",
      '{"replicas":3,"image":"nginx"}',
    ]),
  ).toString("base64");

// Lines that look a little like secrets and must stay: the diagnosis needs them.
const NEAR_MISSES: ((r: Rng) => string)[] = [
  (r) => `commit ${r.chars(HEX, 40)}`,
  (r) => `Merge: ${r.chars(HEX, 7)} ${r.chars(HEX, 7)}`,
  (r) => `image: ghcr.io/acme/web@sha256:${r.chars(HEX, 64)}`,
  (r) => `Pulled image "nginx:1.25" digest sha256:${r.chars(HEX, 64)}`,
  (r) => `uid: ${uuid(r)}`,
  (r) => `X-Request-Id: ${uuid(r)} traceId=${r.chars(HEX, 32)}`,
  (r) => `pod/${name(r)} created`,
  (r) =>
    `Warning  FailedMount  pod ${name(r)}  MountVolume.SetUp failed for volume "db-secret" : secret "db-credentials" not found`,
  (r) =>
    `Deploying release Releases-${r.int(1, 9999)} as Deployments-${r.int(1, 99999)} (ServerTasks-${r.int(1, 999999)})`,
  (r) => `Environments-${r.int(1, 999)} Projects-${r.int(1, 999)} Machines-${r.int(1, 999)} Spaces-1`,
  (r) => `data:\n  config.json: ${b64text(r)}`,
  () => "password: ${DB_PASSWORD}",
  () => "password: <your-password>",
  () => "token: ****",
  () => "  password: changeme",
  () => 'apiKey: "{{ .Values.octopus.apiKey }}"',
  () => "secretName: tls-web-cert",
  () => "  existingSecret: postgres-credentials",
  () => "      secretKeyRef:\n        name: db-secret\n        key: password",
  () => "The password you entered is incorrect. Please reset your password and try again.",
  () => "Login failed for user 'octopus'. Reason: Password did not match that for the login provided.",
  () =>
    "remote: Invalid username or password.\nfatal: Authentication failed for 'https://github.com/acme/app.git/'",
  () => "Error: the server has asked for the client to provide credentials (token expired?)",
  () => "docker login --password-stdin < ~/pw.txt",
  () => "mkdir -p /var/lib/octopus && ssh -p 2222 deploy@host",
  () => "docker run -p 8080:80 -e PASSWORD_FILE=/run/secrets/db nginx",
  () => "API-GATEWAY-TIMEOUT returned by upstream",
  (r) => `checksum ${r.chars(B64, 43)}=`,
  (r) => `Calamari.${r.pick(["Helm", "Kubernetes", "Scripting"])} version 28.${r.int(0, 9)}.${r.int(0, 99)}`,
  () => "token_endpoint: https://login.microsoftonline.com/common/oauth2/v2.0/token",
  () => "passwordPolicy: strict\ntokenTTL: 24h",
  (r) => `session ${r.chars(ALNUM, 6)} closed`,
  () => "Set-Cookie: path=/; HttpOnly; Secure",
  (r) => `stripe.js loaded with pk_live_${r.chars(ALNUM, 24)}`,
  (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(B64, 43)} ci@build-agent`,
  (r) => `-----BEGIN CERTIFICATE-----\n${r.chars(B64, 64)}\n${r.chars(B64, 64)}\n-----END CERTIFICATE-----`,
  (r) =>
    `    certificate-authority-data: ${Buffer.from("-----BEGIN CERTIFICATE-----\n" + r.chars(B64, 60)).toString("base64")}`,
  (r) => `"integrity": "sha512-${r.chars(B64, 86)}=="`,
  (r) => `Successfully built ${r.chars(HEX, 12)}`,
  (r) => `md5sum ${r.chars(HEX, 32)}  package.${r.int(1, 9)}.0.${r.int(0, 99)}.nupkg`,
  () =>
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password",
  () => 'password: "{{ .Values.db.password }}"\napiKey: ${{ secrets.OCTOPUS_API_KEY }}',
  () => "- script: deploy.sh --api-key $(OctopusApiKey) --password $(DbPassword)",
  () => "Octopus.Action.Package.FeedId: Feeds-1021; Octopus.Environment.Id: Environments-42",
  () => "Tip: use passwordless SSH keys and rotate every token regularly.",
  () =>
    "Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password",
  () => "x-api-version: 2023-01-01\nAPI-Version: 3",
  () => "Password: did not match. Try again.",
  (r) => `job ${uuid(r)} token bucket refill rate=${r.int(1, 99)}`,
  (r) => `kubectl rollout restart deploy/${name(r)} -n prod`,
  (r) => `AKIA prefix check failed for key id ending ${r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4)}`,
];

const LOG_LINES: ((r: Rng) => string)[] = [
  (r) =>
    `2024-0${r.int(1, 9)}-1${r.int(0, 9)}T10:${r.int(10, 59)}:00Z INFO  Step "Deploy" started on ${name(r)}`,
  () => "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
  () => "Calamari.exe exited with code 1",
  () => "Normal   Scheduled  default-scheduler  Successfully assigned prod/web to node-3",
  () => "fatal: unable to access 'https://gitlab.acme.io/ops/infra.git/': SSL certificate problem",
  () => "Warning  BackOff  kubelet  Back-off restarting failed container",
  () => "ComparisonError: rpc error: code = Unknown desc = authentication required",
  () => "Tentacle version 8.1.2 polling https://octopus.acme.io:10943",
  () => "Step 3/7 : RUN npm ci",
  () => "We upgraded last night and since then deployments to Production fail.",
];

/** A realistic log or prose line, sometimes a near miss. */
export function noiseLine(r: Rng, nearMissRate: number): string {
  return r.chance(nearMissRate) ? r.pick(NEAR_MISSES)(r) : r.pick(LOG_LINES)(r);
}

/** A text with no secret at all: only log lines and near misses. */
export function cleanText(r: Rng): string {
  return Array.from({ length: r.int(2, 8) }, () => noiseLine(r, 0.6)).join("\n");
}
