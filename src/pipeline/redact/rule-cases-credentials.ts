/* Test tables for key material, connection strings and assignments; see rule-case-kit.ts. */
import { b64, jwt, r, type KindTable } from "./rule-case-kit.ts";

const PEM_BODY = r("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 2);

export const CREDENTIAL_TABLES: Record<string, KindTable> = {
  "openssh-private-key": {
    hits: [[`-----BEGIN OPENSSH PRIVATE KEY-----\n${PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----`, PEM_BODY]],
    misses: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ci@acme"],
  },
  "private-key": {
    hits: [
      [`-----BEGIN RSA PRIVATE KEY-----\r\n${PEM_BODY}\r\n-----END RSA PRIVATE KEY-----`, PEM_BODY],
      [
        `tls.key: ${b64(`-----BEGIN PRIVATE KEY-----\n${PEM_BODY}\n`)}`,
        b64(`-----BEGIN PRIVATE KEY-----\n${PEM_BODY}\n`),
      ],
    ],
    misses: [
      `-----BEGIN CERTIFICATE-----\n${PEM_BODY}\n-----END CERTIFICATE-----`,
      `tls.crt: ${b64(`-----BEGIN CERTIFICATE-----\n${PEM_BODY}`)}`,
    ],
  },
  "putty-private-key": {
    hits: [
      [
        `PuTTY-User-Key-File-3: ssh-rsa\nPrivate-Lines: 1\n${PEM_BODY}\nPrivate-MAC: ${r("0a1b", 10)}`,
        PEM_BODY,
      ],
    ],
    misses: ["PuTTY-User-Key-File-3 is the header of a .ppk file"],
  },
  jwt: {
    hits: [
      [
        `Authorization: Bearer ${jwt({ iss: "https://login.acme.io", sub: "42" })}`,
        jwt({ iss: "https://login.acme.io", sub: "42" }),
      ],
    ],
    misses: ["eyJhbGciOiJIUzI1NiJ9 is only a header", "data: eyJyZXBsaWNhcyI6M30="],
  },
  "kubeconfig-token": {
    hits: [[`users:\n- name: ci\n  user:\n    token: ${r("k8sT0ken_", 4)}`, r("k8sT0ken_", 4)]],
    misses: ["    token: <redacted>", "  tokenFile: /var/run/secrets/token"],
  },
  "kubeconfig-client-key-data": {
    hits: [
      [
        `    client-key-data: ${r("LS0tLS1CRUdJTg", 5)}\n      ${r("QUJDREVGR0hJSktMTU5PUA", 3)}==`,
        `${r("QUJDREVGR0hJSktMTU5PUA", 3)}==`,
      ],
    ],
    misses: ["    client-key: /home/ci/.minikube/client.key"],
  },
  "kubeconfig-client-certificate-data": {
    hits: [[`    client-certificate-data: ${r("LS0tLS1CRUdJTg", 4)}=`, `${r("LS0tLS1CRUdJTg", 4)}=`]],
    misses: [`    certificate-authority-data: ${r("LS0tLS1CRUdJTg", 4)}=`],
  },
  "docker-config-auth": {
    hits: [
      [`{"auths":{"ghcr.io":{"auth":"${b64("ci:Pa55w0rd!")}"}}}`, b64("ci:Pa55w0rd!")],
      [`  .dockerconfigjson: ${b64('{"auths":{}}xxxxxxxxxx')}`, b64('{"auths":{}}xxxxxxxxxx')],
    ],
    misses: ['{"auths":{"ghcr.io":{}}}', '{"credsStore": "desktop"}'],
  },
  "postgres-connection-password": {
    hits: [
      ["postgres://app:S3cretPass@db.internal:5432/shop", "S3cretPass"],
      ["postgresql://app:p%40ss%2Fw0rd@db/shop", "p%40ss%2Fw0rd"],
    ],
    misses: ["postgres://app@db.internal:5432/shop", "postgres://app:${PGPASSWORD}@db/shop"],
  },
  "mysql-connection-password": {
    hits: [["mysql://root:Secr3t!@mysql:3306/app", "Secr3t!"]],
    misses: ["mysql://root@mysql:3306/app"],
  },
  "mongodb-connection-password": {
    hits: [["mongodb+srv://svc:M0ngoPass@c0.mongodb.net/db", "M0ngoPass"]],
    misses: ["mongodb://mongo-0:27017,mongo-1:27017/?replicaSet=rs0"],
  },
  "redis-connection-password": {
    hits: [
      ["redis://:R3disPass@redis:6379/0", "R3disPass"],
      ["cache.acme.net:6380,password=R3disPass,ssl=True", "R3disPass"],
      ["redis-cli -h r -a R3disPass ping", "R3disPass"],
    ],
    misses: ["redis://redis-master:6379/0"],
  },
  "sqlserver-connection-password": {
    hits: [["Server=tcp:sql01,1433;Database=Octopus;User Id=octo;Password=Pa55w0rd!;", "Pa55w0rd!"]],
    misses: ["Server=tcp:sql01,1433;Database=Octopus;Integrated Security=SSPI;"],
  },
  "connection-string-password": {
    hits: [["Host=pg;Username=app;Password=Np9sqlPass;Database=app", "Np9sqlPass"]],
    misses: ["Host=pg;Username=app;Password=;Database=app", "The password = wrong; please retry"],
  },
  "url-password": {
    hits: [["https://deploy:N3xusPass@nexus.acme.io/repo", "N3xusPass"]],
    misses: [
      "https://nexus.acme.io:8443/repo",
      "ssh://git@github.com:22/acme/app.git",
      "http://user:<password>@proxy:3128",
    ],
  },
  "password-assignment": {
    hits: [
      ["DB_PASSWORD: hunter2x", "hunter2x"],
      ['"password": "Tr0ub4dor&3"', "Tr0ub4dor&3"],
      ["  - name: DB_PASSWORD\n    value: S3cretValue", "S3cretValue"],
    ],
    misses: [
      "password: ${DB_PASSWORD}",
      "The password is wrong",
      "Password: did not match",
      "password: changeme",
      "password: '********'",
    ],
  },
  "secret-assignment": {
    hits: [["CLIENT_SECRET=9fK2xQ7pL0mZ3vB8", "9fK2xQ7pL0mZ3vB8"]],
    misses: ["secretName: tls-web-cert", "  existingSecret: postgres-credentials", "secret: my-app-secret"],
  },
  "token-assignment": {
    hits: [
      ["API_TOKEN=a8F3kL0pQ2zX9vB7", "a8F3kL0pQ2zX9vB7"],
      ["GET /cb?access_token=a8F3kL0pQ2zX9vB7&state=1", "a8F3kL0pQ2zX9vB7"],
    ],
    misses: [
      "token: <token>",
      "apiKey: {{ .Values.apiKey }}",
      "tokenTTL: 24h",
      "token_endpoint: https://login.acme.io/token",
    ],
  },
  "helm-set-secret": {
    hits: [["helm upgrade db ./c --set auth.postgresPassword=Pg5ecret! --wait", "Pg5ecret!"]],
    misses: ["helm upgrade db ./c --set image.tag=1.2.3 --set replicas=3"],
  },
  "cli-password": {
    hits: [
      ["docker login -u ci -p D0ckerPass reg.acme.io", "D0ckerPass"],
      ["mysql -u root -pMyPa55 app", "MyPa55"],
      ["helm repo add a https://x --password H3lmPass", "H3lmPass"],
    ],
    misses: [
      "docker run -p 8080:80 nginx",
      "mkdir -p /var/lib/app",
      "docker login --password-stdin",
      "ssh -p 2222 deploy@host",
    ],
  },
  "cli-token": {
    hits: [["kubectl --token=k8sTok3nValue99 get pods", "k8sTok3nValue99"]],
    misses: ["kubectl --token=$TOKEN get pods", "gitlab-runner register --token-file /etc/token"],
  },
  "basic-auth": {
    hits: [
      [`Authorization: Basic ${b64("ci:S3cret!")}`, b64("ci:S3cret!")],
      ["curl -u admin:Adm1nPass https://x", "Adm1nPass"],
    ],
    misses: ['Authorization: Basic realm="nexus"', "WWW-Authenticate: Basic"],
  },
  "bearer-token": {
    hits: [["Authorization: Bearer a8F3kL0pQ2zX9vB7c6D5", "a8F3kL0pQ2zX9vB7c6D5"]],
    misses: ["Authorization: Bearer <token>", "the bearer token expired"],
  },
  "xml-secret": {
    hits: [
      ['<add key="ClearTextPassword" value="Nu9etPa55" />', "Nu9etPa55"],
      ["<password>M4venPass</password>", "M4venPass"],
    ],
    misses: ['<add key="Username" value="ci" />', "<password>${env.MAVEN_PASSWORD}</password>"],
  },
};
