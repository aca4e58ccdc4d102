import { jwt, type KindSpec } from "./kind-spec.ts";
import { ALNUM, type Rng } from "./prng.ts";

const b64 = (r: Rng, bytes: number): string =>
  Buffer.from(Array.from({ length: bytes }, () => r.int(0, 255))).toString("base64");

/** A PEM block with 64-column lines and the given line separator. */
function pem(r: Rng, label: string, newline = "\n"): string {
  const lines = b64(r, r.int(120, 600)).match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(newline);
}

// Passwords as people and generators make them: mixed classes, sometimes symbols.
function password(r: Rng): string {
  const base = r.chars(ALNUM, r.int(8, 24));
  return r.chance(0.4)
    ? base.slice(0, 4) + r.pick(["!", "#", "%", "^", "*", "_", "-", "."]) + base.slice(4)
    : base;
}
const urlSafe = (r: Rng): string => r.chars(ALNUM, r.int(10, 24));
const token = (r: Rng): string => r.chars(ALNUM + "_-", r.int(24, 48));

export const GENERIC_KINDS: KindSpec[] = [
  {
    kind: "private-key",
    secret: (r) =>
      pem(r, r.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])),
    contexts: ["key.pem:\n§\n", "ssl_key: |\n§"],
  },
  {
    kind: "openssh-private-key",
    secret: (r) => pem(r, "OPENSSH PRIVATE KEY"),
    contexts: ["cat ~/.ssh/id_ed25519\n§\n"],
  },
  {
    kind: "gcp-service-account-key",
    secret: (r) => pem(r, "PRIVATE KEY", "\\n") + "\\n",
    contexts: [
      '{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "4b825dc642cb6eb9a060e54bf8d69288fbee4904",\n  "private_key": "§",\n  "client_email": "ci@acme-prod.iam.gserviceaccount.com"\n}',
    ],
  },
  {
    kind: "jwt",
    secret: (r) =>
      jwt(
        r,
        r.pick([
          "https://login.example.com",
          "kubernetes/serviceaccount",
          "https://token.actions.githubusercontent.com",
        ]),
      ),
    contexts: ["Authorization: Bearer §", "id_token=§", '{"jwt":"§"}', "decoded §"],
  },
  {
    kind: "kubeconfig-token",
    secret: (r) => (r.chance(0.5) ? jwt(r, "kubernetes/serviceaccount") : token(r)),
    contexts: ["users:\n- name: ci\n  user:\n    token: §\ncontexts: []"],
  },
  {
    kind: "kubeconfig-client-key-data",
    secret: (r) => b64(r, r.int(300, 1200)),
    contexts: ["users:\n- name: admin\n  user:\n    client-key-data: §\n"],
  },
  {
    kind: "kubeconfig-client-certificate-data",
    secret: (r) => b64(r, r.int(300, 1200)),
    contexts: [
      "users:\n- name: admin\n  user:\n    client-certificate-data: §\n    client-key-data: REDACTED\n",
    ],
  },
  {
    kind: "docker-config-auth",
    secret: (r) => Buffer.from(`${r.pick(["ci", "deploy", "_json_key"])}:${password(r)}`).toString("base64"),
    contexts: [
      '{"auths":{"https://index.docker.io/v1/":{"auth":"§"}}}',
      '{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "§"\n    }\n  }\n}',
    ],
  },
  {
    kind: "postgres-connection-password",
    secret: urlSafe,
    contexts: [
      "DATABASE_URL=postgres://app:§@db.internal:5432/shop",
      "jdbc:postgresql://report:§@pg-1:5432/reports?sslmode=require",
    ],
  },
  {
    kind: "mysql-connection-password",
    secret: urlSafe,
    contexts: ["mysql://root:§@mysql.default.svc:3306/app"],
  },
  {
    kind: "mongodb-connection-password",
    secret: urlSafe,
    contexts: [
      "mongodb+srv://svc:§@cluster0.ab1cd.mongodb.net/?retryWrites=true",
      "MONGO_URL=mongodb://admin:§@mongo-0:27017/admin",
    ],
  },
  {
    kind: "redis-connection-password",
    secret: urlSafe,
    contexts: [
      "REDIS_URL=redis://:§@redis-master:6379/0",
      "redis-cache.acme.net:6380,password=§,ssl=True,abortConnect=False",
      "redis-cli -h redis -a § ping",
    ],
  },
  {
    kind: "sqlserver-connection-password",
    secret: password,
    contexts: [
      "Server=tcp:sql01,1433;Database=Octopus;User Id=octo;Password=§;TrustServerCertificate=True",
      "Data Source=sql.acme.local;Initial Catalog=OctopusDeploy;User ID=sa;Pwd=§;",
    ],
  },
  {
    kind: "connection-string-password",
    secret: password,
    contexts: ["Host=pg;Port=5432;Username=app;Password=§;Database=app", "Uid=root;Password=§;Server=mysql;"],
  },
  {
    kind: "url-password",
    secret: urlSafe,
    contexts: [
      "https://deploy:§@nexus.acme.io/repository/npm/",
      "amqp://guest:§@rabbitmq:5672/",
      "proxy: http://svc-proxy:§@proxy.corp:3128",
    ],
  },
  {
    kind: "password-assignment",
    secret: password,
    contexts: [
      "DB_PASSWORD=§",
      "  adminPassword: §",
      '"password": "§",',
      "spring.datasource.password=§",
      "  password: '§'",
      '$env:SA_PASSWORD = "§"',
    ],
  },
  {
    kind: "secret-assignment",
    secret: token,
    contexts: ["CLIENT_SECRET=§", "  webhookSecret: §", '"client_secret": "§"', "JWT_SECRET_KEY=§"],
  },
  {
    kind: "token-assignment",
    secret: token,
    contexts: ["API_TOKEN=§", "  apiKey: §", '"access_token": "§"', "SERVICE_AUTH_TOKEN='§'"],
  },
  {
    kind: "helm-set-secret",
    secret: password,
    contexts: [
      "helm upgrade --install db bitnami/postgresql --set auth.postgresPassword=§ --wait",
      "helm install app ./chart --set image.tag=1.2.3,secrets.apiKey=§",
    ],
  },
  {
    kind: "cli-password",
    secret: password,
    contexts: [
      "docker login registry.acme.io -u ci -p §",
      "mysql -h db -u root -p§ app",
      'sqlcmd -S sql01 -U sa -P § -Q "select 1"',
      "vault login -method=userpass username=ops password=§",
      "helm repo add acme https://charts.acme.io --username ci --password §",
    ],
  },
  {
    kind: "cli-token",
    secret: token,
    contexts: [
      "kubectl --token=§ get pods",
      "argocd login argocd.acme.io --auth-token §",
      "gh auth login --with-token < token.txt; curl --api-key §",
    ],
  },
  {
    kind: "basic-auth",
    secret: (r) => Buffer.from(`ci:${password(r)}`).toString("base64"),
    contexts: ["Authorization: Basic §", 'curl -H "Authorization: Basic §" https://nexus'],
  },
  {
    kind: "bearer-token",
    secret: token,
    contexts: ["Authorization: Bearer §", "curl -H 'Authorization: Bearer §' https://api.acme.io/v1"],
  },
];
