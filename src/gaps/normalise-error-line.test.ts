import { describe, expect, it } from "vitest";
import { normaliseErrorLine } from "./normalise-error-line.ts";

/** The same failure as different customers paste it: other times, ids, hosts, pods and names. */
const SAME: [string, string[]][] = [
  [
    "Octopus: Tentacle refused the connection",
    [
      "2026-11-20T10:22:33.123Z Halibut.Transport.HalibutClientException: An error occurred when sending a request to 'https://10.1.2.3:10933/', before the request could begin: No connection could be made because the target machine actively refused it. 10.1.2.3:10933",
      "2026-11-24 08:01:59,004 +01:00 Halibut.Transport.HalibutClientException: An error occurred when sending a request to 'https://tentacle-web-02.corp.example.com:10933/', before the request could begin: No connection could be made because the target machine actively refused it. [fe80::1c2d:3e4f]:10933",
    ],
  ],
  [
    "Octopus: a task of a deployment failed",
    [
      "Task ServerTasks-12345 for Deployments-678 failed at 1732098153123: step 'Deploy web' exited with code 1",
      "Task ServerTasks-99 for Deployments-4 failed at 1732443700999: step 'Run smoke tests' exited with code 255",
    ],
  ],
  [
    "Argo CD: repo server unreachable",
    [
      'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.12.4:8081: connect: connection refused"',
      'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 172.20.0.17:8081: connect: connection refused"',
    ],
  ],
  [
    "Argo CD: a revision that does not resolve",
    [
      "ComparisonError: rpc error: code = Unknown desc = failed to resolve revision 3f2a9c1d8e7b: unable to resolve git revision",
      "ComparisonError: rpc error: code = Unknown desc = failed to resolve revision 9b8e0c7a1f2d3e4c5b6a7980aabbccddeeff0011: unable to resolve git revision",
    ],
  ],
  [
    "Helm: a resource owned by another release",
    [
      'Error: UPGRADE FAILED: rendered manifests contain a resource that already exists. Unable to continue with update: ConfigMap "web-config" in namespace "prod" exists and cannot be imported into the current release',
      'Error: UPGRADE FAILED: rendered manifests contain a resource that already exists. Unable to continue with update: ConfigMap "payments-settings" in namespace "staging-eu" exists and cannot be imported into the current release',
    ],
  ],
  [
    "kubectl: a crash-looping pod of a Deployment",
    [
      "Warning  BackOff  3m12s (x15 over 10m)  kubelet  Back-off restarting failed container web in pod web-7d9f8b6c4-x2k9p_prod(8c1f0e2a-1b2c-4d5e-8f90-123456789abc)",
      "Warning  BackOff  41s (x3 over 2m5s)  kubelet  Back-off restarting failed container web in pod web-5c8d7f9b2-qzt4m_prod(0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d)",
    ],
  ],
  [
    "kubectl: API server timeout behind a klog header",
    [
      'E1120 10:22:33.123456   12345 memcache.go:265] couldn\'t get current server API group list: Get "https://10.0.0.1:6443/api?timeout=32s": dial tcp 10.0.0.1:6443: i/o timeout',
      'E1203 23:01:07.000912    7781 memcache.go:265] couldn\'t get current server API group list: Get "https://aks-prod-dns-4f2a.hcp.westeurope.azmk8s.io:443/api?timeout=32s": dial tcp 20.50.1.9:443: i/o timeout',
    ],
  ],
  [
    "kubectl: StatefulSet pods by ordinal",
    [
      'Error from server (NotFound): pods "db-0" not found',
      'Error from server (NotFound): pods "cache-2" not found',
    ],
  ],
  [
    "Docker: a manifest missing from a registry, by digest",
    [
      "Error response from daemon: manifest for myacr.azurecr.io/web@sha256:4c7e5bd2b8e0a0c6f1d4e3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2 not found: manifest unknown",
      "Error response from daemon: manifest for registry.example.com/web@sha256:0000aaaa1111bbbb2222cccc3333dddd4444eeee5555ffff6666777788889999 not found: manifest unknown",
    ],
  ],
  [
    "Docker: a container name in use, with syslog prefixes",
    [
      'Nov 20 10:22:33 build-agent-17 dockerd[1123]: Error response from daemon: Conflict. The container name "/web" is already in use by container "4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b". You have to remove (or rename) that container to be able to reuse that name.',
      'Dec  3 07:00:01 ci-runner dockerd[98]: Error response from daemon: Conflict. The container name "/api-worker" is already in use by container "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2". You have to remove (or rename) that container to be able to reuse that name.',
    ],
  ],
];

/** Different failures, even where they share words, must stay apart. */
const DIFFERENT: [string, string][] = [
  [
    "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
    "Error: INSTALLATION FAILED: cannot re-use a name that is still in use",
  ],
  [
    "System.Net.Http.HttpRequestException: Connection refused (octopus.internal:443)",
    "System.IO.IOException: Connection refused (octopus.internal:443)",
  ],
  [
    'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.12.4:8081: connect: connection refused"',
    'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.12.4:8081: i/o timeout"',
  ],
  [
    "Error response from daemon: pull access denied for myorg/app, repository does not exist or may require 'docker login'",
    "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading",
  ],
  [
    'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "prod"',
    'Error from server (NotFound): pods "web-7d9f8b6c4-x2k9p" not found',
  ],
];

describe("normaliseErrorLine", () => {
  it.each(SAME)("clusters one failure with different ids, times and names: %s", (_what, lines) => {
    const keys = lines.map(normaliseErrorLine);
    expect(new Set(keys).size, keys.join("\n")).toBe(1);
  });

  it.each(DIFFERENT)("keeps different failures apart: %s", (a, b) => {
    expect(normaliseErrorLine(a)).not.toBe(normaliseErrorLine(b));
  });

  it("replaces each kind of variable part with a readable placeholder", () => {
    expect(
      normaliseErrorLine(
        "2026-11-20T10:22:33Z Pod web-7d9f8b6c4-x2k9p on ip-10-0-3-17.eu-west-1.compute.internal (10.0.3.17:10250) failed after 30s, see 'C:\\Octopus\\Work\\deploy.ps1' and b7e23ec29af22b0b4e41da31e868d57226121c84",
      ),
    ).toBe("pod web-<pod> on <host> (<ip>) failed after <n>, see <q> and <hex>");
  });

  it("lower-cases and collapses whitespace, keeping the words of the message", () => {
    expect(normaliseErrorLine("  Error:\tUPGRADE   FAILED:  timed out waiting for the condition ")).toBe(
      "error: upgrade failed: timed out waiting for the condition",
    );
  });

  it("keeps a quoted sentence's words but drops a quoted name", () => {
    expect(
      normaliseErrorLine('failed: "the remote certificate is invalid according to the validation procedure"'),
    ).toBe('failed: "the remote certificate is invalid according to the validation procedure"');
    expect(normaliseErrorLine('deployment "web-api" exceeded its progress deadline')).toBe(
      "deployment <q> exceeded its progress deadline",
    );
  });

  it("keeps words that merely look like hex, and identifiers with digits", () => {
    expect(normaliseErrorLine("x509: certificate signed by unknown authority; added to cafe deadbeef")).toBe(
      "x509: certificate signed by unknown authority; added to cafe deadbeef",
    );
  });

  it("bounds its work on a very long line", () => {
    expect(normaliseErrorLine(`error: ${"a".repeat(100_000)}`).length).toBeLessThanOrEqual(500);
  });
});
