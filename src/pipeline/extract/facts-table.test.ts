import { describe, expect, it } from "vitest";
import { buildDoc } from "./document.ts";
import { extractFacts } from "./extract-facts.ts";

const facts = (body: string) => extractFacts(buildDoc({ body }));

// [ticket text, fact, expected value]; `undefined` means the text must not give the fact.
const ROWS: [string, string, string | undefined][] = [
  // Octopus Server
  ["Octopus Server 2024.1.12345 on Windows Server 2019", "version.octopus-server", "2024.1.12345"],
  ["We are running Octopus 2022.2.4240 and since then", "version.octopus-server", "2022.2.4240"],
  ["Octopus Deploy v2019.12.5 LTS", "version.octopus-server", "2019.12.5"],
  [
    "Server version: 2023.4.8305+Branch.release-2023.4.Sha.4bd8e1c\nServer node: OCT-01",
    "version.octopus-server",
    "2023.4.8305+Branch.release-2023.4.Sha.4bd8e1c",
  ],
  ["we upgraded our Octopus instance to 2024.2.6580 last night", "version.octopus-server", "2024.2.6580"],
  ["Octopus Server 3.17.5 still", "version.octopus-server", "3.17.5"],
  ["octo 7.4.1 pushes the package", "version.octopus-server", undefined],
  // Tentacle and the Kubernetes agent
  ["Tentacle 6.3.417 on the web servers", "version.tentacle", "6.3.417"],
  ["OctopusTentacle version 8.1.1234+Branch.main", "version.tentacle", "8.1.1234"],
  ["Tentacle version: 7.0.1", "version.tentacle", "7.0.1"],
  ["the Tentacle 10.0.0.5 cannot be reached", "version.tentacle", undefined],
  [
    "octopus-agent  octopus-agent-x  1  2024-05-01 deployed  kubernetes-agent-2.3.1  1.0.0",
    "version.tentacle",
    "2.3.1",
  ],
  [
    "helm upgrade --install nfs oci://registry-1.docker.io/octopusdeploy/kubernetes-agent --version 1.16.1 -n octo",
    "version.tentacle",
    "1.16.1",
  ],
  ["Kubernetes agent chart version 2.0.3 fails to register", "version.tentacle", "2.0.3"],
  // Codefresh
  ["Our Codefresh Runner 6.3.4 on EKS", "version.codefresh-runner", "6.3.4"],
  [
    "cf-runtime  codefresh  4  2024-02-01 deployed  cf-runtime-6.1.9  1.0",
    "version.codefresh-runner",
    "6.1.9",
  ],
  ["the GitOps runtime was upgraded to version 0.1.40", "version.codefresh-runner", "0.1.40"],
  ["the GitHub Actions runner 2.311.0 is self-hosted", "version.codefresh-runner", undefined],
  // Argo CD
  ["argocd-server: v2.8.4+abc1234", "version.argocd", "v2.8.4+abc1234"],
  [
    "argocd: v2.9.3+6eba5be\n  BuildDate: 2023-12-01T23:05:50Z\nargocd-server: v2.9.5+f943664",
    "version.argocd",
    "v2.9.5+f943664",
  ],
  ["image: quay.io/argoproj/argocd:v2.10.1", "version.argocd", "v2.10.1"],
  ["ArgoCD 2.4.0 login hangs", "version.argocd", "2.4.0"],
  ["the Argo CD 5.46.7 chart", "version.argocd", undefined],
  // Helm
  [
    'version.BuildInfo{Version:"v3.14.2", GitCommit:"c309b6f", GitTreeState:"clean", GoVersion:"go1.21.7"}',
    "version.helm",
    "v3.14.2",
  ],
  ['Client: &version.Version{SemVer:"v2.16.1", GitCommit:"bbdfe5e"}', "version.helm", "v2.16.1"],
  ["$ helm version --short\nv3.12.3+g3a31588", "version.helm", "v3.12.3+g3a31588"],
  ["Helm 3.13.1 on the build agent", "version.helm", "3.13.1"],
  ["helm upgrade app repo/app --version 3.2.1", "version.helm", undefined],
  ["the helm chart version 3.4.0 of our app", "version.helm", undefined],
  // Kubernetes
  [
    "Client Version: v1.29.3\nKustomize Version: v5.0.4\nServer Version: v1.29.4-eks-036c24b",
    "version.kubernetes",
    "v1.29.4-eks-036c24b",
  ],
  [
    'Server Version: version.Info{Major:"1", Minor:"21+", GitVersion:"v1.21.5-eks-bc4871b", GitCommit:"5236"}',
    "version.kubernetes",
    "v1.21.5-eks-bc4871b",
  ],
  [
    "NAME STATUS ROLES AGE VERSION\nnode-1   Ready    <none>   12d   v1.27.3-gke.100",
    "version.kubernetes",
    "v1.27.3-gke.100",
  ],
  ["AKS 1.28.5 cluster", "version.kubernetes", "1.28.5"],
  ["On K3s v1.21.4+k3s1 our ingresses work", "version.kubernetes", "v1.21.4+k3s1"],
  ["we are on OpenShift 4.12", "version.kubernetes", "OpenShift 4.12"],
  ["Kubernetes agent 2.1.0 on the cluster", "version.kubernetes", undefined],
  // Charts
  [
    "NAME  NAMESPACE  REVISION  UPDATED  STATUS  CHART  APP VERSION\nweb  prod  7  2024-03-01 10:00:00 +0000 UTC  failed  mychart-1.2.3  1.16.0",
    "version.chart",
    "mychart-1.2.3",
  ],
  ["upgrading the ingress-nginx chart 4.7.1 fails", "version.chart", "ingress-nginx 4.7.1"],
  ["we bumped the chart to 5.7.0", "version.chart", "5.7.0"],
  ["labels:\n    helm.sh/chart: api-0.4.2", "version.chart", "api-0.4.2"],
  ["Pushed acme-web-2.0.0.tgz to the repo", "version.chart", "acme-web-2.0.0"],
  [
    "apiVersion: v2\nname: payments\ndescription: Payments API\ntype: application\nversion: 0.3.1\nappVersion: 1.4.0",
    "version.chart",
    "payments 0.3.1",
  ],
  ["git checkout release-1.2.3 then build", "version.chart", undefined],
  // Components
  ["image: registry.k8s.io/ingress-nginx/controller:v1.9.4", "version.component", "ingress-nginx v1.9.4"],
  ["cert-manager v1.13.2 issues the certificates", "version.component", "cert-manager v1.13.2"],
  ["CoreDNS 1.10.1 is crash looping", "version.component", "CoreDNS 1.10.1"],
  ["aws-ebs-csi-driver v1.25.0 attaches volumes", "version.component", "aws-ebs-csi-driver v1.25.0"],
  ["cert-manager is installed in its namespace", "version.component", undefined],
  // Client tools
  ["Client Version: v1.29.3", "version.client-tools", "v1.29.3"],
  ["aws-cli/2.15.10 Python/3.11.6 Linux/5.10.0 exe/x86_64.amzn.2", "version.client-tools", "aws-cli/2.15.10"],
  ['{\n  "azure-cli": "2.56.0",\n  "azure-cli-core": "2.56.0"\n}', "version.client-tools", "2.56.0"],
  ["Google Cloud SDK 458.0.1\nbq 2.0.101", "version.client-tools", "Google Cloud SDK 458.0.1"],
  ["kubectl v1.28.2 on the worker", "version.client-tools", "kubectl v1.28.2"],
  ["kubectl is nowhere in the container", "version.client-tools", undefined],
  // Hosting
  ["we are on Octopus Cloud", "octopus.hosting", "Octopus Cloud"],
  ["https://acme.octopus.app/app#/Spaces-1/projects", "octopus.hosting", "Octopus Cloud"],
  ["our self-hosted Octopus Server on two nodes", "octopus.hosting", "self-hosted, high availability"],
  ["Octopus Server is self-hosted on a single node", "octopus.hosting", "self-hosted, single node"],
  ["we run a self-hosted GitLab for the code", "octopus.hosting", undefined],
  ["the Kubernetes control plane is highly available with three nodes", "octopus.hosting", undefined],
  ["builds run on the Codefresh SaaS runtime", "codefresh.runtime-type", "Codefresh SaaS"],
  ["our hybrid runner in the cf-runtime namespace", "codefresh.runtime-type", "hybrid runner"],
  ["Codefresh on-premises 2.4 install", "codefresh.runtime-type", "on-premises"],
  ["a runner on GitHub", "codefresh.runtime-type", undefined],
  // Targets and workers
  ["the polling Tentacle on web-01", "octopus.target-type", "polling Tentacle"],
  ["listening Tentacle configured on port 10933", "octopus.target-type", "listening Tentacle (port 10933)"],
  ['"CommunicationStyle": "TentacleActive",', "octopus.target-type", "polling Tentacle"],
  ["deployments through the Kubernetes agent time out", "octopus.target-type", "Kubernetes agent"],
  ["the SSH target db-02 fails health check", "octopus.target-type", "SSH target"],
  ["the worker process exits and the web worker restarts", "octopus.target-type", undefined],
  ["steps run on the Hosted Ubuntu worker pool", "octopus.worker-pool", "Hosted Ubuntu worker pool"],
  // Cluster provider
  ["pods on our AKS cluster", "cluster.provider", "AKS"],
  ["Server Version: v1.29.4-eks-036c24b", "cluster.provider", "EKS"],
  [
    "Unable to connect to the server: dial tcp: lookup prod-dns-1a2b3c.hcp.westeurope.azmk8s.io: no such host",
    "cluster.provider",
    "AKS",
  ],
  ["created with kind create cluster --name dev", "cluster.provider", "kind"],
  ["what kind of cluster do you need? we have EKS", "cluster.provider", "EKS"],
  ["nodes joined with kubeadm join 10.0.0.1:6443", "cluster.provider", "kubeadm"],
  ["a bare-metal Talos cluster", "cluster.provider", "Talos"],
  ["we need to know what kind of issue this is", "cluster.provider", undefined],
  // Registries and images
  ["pushing to 1234.dkr.ecr.eu-west-1.amazonaws.com/app", "registry.name", "Amazon ECR"],
  ["docker pull acmeprod.azurecr.io/api:1.2", "registry.name", "Azure Container Registry"],
  ["image: europe-west1-docker.pkg.dev/proj/repo/app:1.0", "registry.name", "Google Artifact Registry / GCR"],
  ["image: ghcr.io/acme/app:2.1", "registry.name", "GitHub Container Registry"],
  ["pull from harbor.acme.internal/library/nginx:1.25", "registry.name", "Harbor"],
  ["artifacts live in acme.jfrog.io", "registry.name", "Artifactory"],
  ["the code is on GitHub, no registry involved", "registry.name", undefined],
  ['Failed to pull image "nginx:1.25.3-alpine": rpc error', "image.reference", "nginx:1.25.3-alpine"],
  // Repositories and Git
  ["repoURL: git@github.com:acme/deploy.git", "repo.url", "git@github.com:acme/deploy.git"],
  ["repoURL: https://github.com/acme/gitops.git", "repo.url", "https://github.com/acme/gitops.git"],
  [
    "url ssh://git@bitbucket.acme.com:7999/ops/charts.git",
    "repo.url",
    "ssh://git@bitbucket.acme.com:7999/ops/charts.git",
  ],
  [
    "https://dev.azure.com/acme/Platform/_git/infra",
    "repo.url",
    "https://dev.azure.com/acme/Platform/_git/infra",
  ],
  [
    "git@ssh.dev.azure.com:v3/acme/Platform/infra",
    "repo.url",
    "git@ssh.dev.azure.com:v3/acme/Platform/infra",
  ],
  ["looks like https://github.com/argoproj/argo-cd/issues/9679 to me", "repo.url", undefined],
  ["ssh admin@10.0.0.5:22 works", "repo.url", undefined],
  ["repoURL: git@gitlab.com:acme/deploy.git", "git.provider", "GitLab"],
  ["we moved from Bitbucket Server to GitHub", "git.provider", "Bitbucket Server"],
  ["images are in the GitHub Container Registry", "git.provider", undefined],
  ["cloning with a deploy key", "git.auth-method", "deploy key"],
  ["the repository is connected via a GitHub App", "git.auth-method", "GitHub App"],
  ["we use a PAT for the HTTPS clone", "git.auth-method", "HTTPS token"],
  ["git@github.com:acme/app.git", "git.auth-method", "SSH key"],
  // OS and architecture
  ['PRETTY_NAME="Ubuntu 22.04.3 LTS"\nNAME="Ubuntu"', "os.host", "Ubuntu 22.04.3 LTS"],
  ["the Tentacle runs on Windows Server 2022", "os.host", "Windows Server 2022"],
  ["FROM node:18-alpine", "os.host", undefined],
  ["runs-on: ubuntu-latest", "os.host", undefined],
  [
    "  OS Image:                   Bottlerocket OS 1.19.2 (aws-k8s-1.28)\n  Architecture:               arm64",
    "node.architecture",
    "arm64",
  ],
  ["exec /docker-entrypoint.sh: exec format error on Graviton nodes", "node.architecture", "Graviton"],
  ["  Platform: darwin/arm64", "node.architecture", undefined],
  // Presence of pasted artifacts
  [
    "REVISION  UPDATED  STATUS  CHART  APP VERSION  DESCRIPTION\n1  Mon Oct  3 10:15:13 2022  deployed  api-1.0.0  1.0  Install complete",
    "output.helm-history",
    "provided (helm history, list or status)",
  ],
  [
    "LAST SEEN   TYPE      REASON    OBJECT          MESSAGE\n2m  Warning  BackOff  pod/api-7d9  Back-off restarting",
    "output.kubectl-events",
    "provided (kubectl get events)",
  ],
  [
    "Name:         api-7d9\nNamespace:    prod\nPriority:     0",
    "output.kubectl-describe",
    "provided (kubectl describe)",
  ],
  ["USER-SUPPLIED VALUES:\nreplicaCount: 2", "config.helm-values", "provided (values)"],
  [
    "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt",
    "config.dockerfile",
    "provided (Dockerfile)",
  ],
  [".:53 {\n    errors\n    health\n    forward . /etc/resolv.conf\n}", "config.dns", "provided (Corefile)"],
  [
    "nameserver 10.96.0.10\nsearch default.svc.cluster.local svc.cluster.local\noptions ndots:5",
    "config.dns",
    "provided (resolv.conf)",
  ],
  [
    "        Issuer: C = US, O = Let's Encrypt, CN = R3\n        Validity\n            Not Before: Jan  1 00:00:00 2024 GMT\n            Not After : Mar 31 00:00:00 2024 GMT",
    "tls.cert-details",
    "provided (certificate details)",
  ],
  [
    "Certificate chain\n 0 s:CN = api.acme.com\n   i:C = US, O = Let's Encrypt, CN = R3",
    "tls.cert-details",
    "provided (certificate details)",
  ],
  [
    [
      "2024-01-15 10:12:34.5678 +00:00  1234  15  INFO  listen://[::]:10933/ 15  Listener accepted connection",
      "2024-01-15 10:12:34.6012 +00:00  1234  15  INFO  listen://[::]:10933/ 15  Client at [::ffff:10.0.0.5]:51234 authenticated",
      "2024-01-15 10:12:35.0100 +00:00  1234  16  INFO  listen://[::]:10933/ 16  Listener accepted connection",
    ].join("\n"),
    "log.tentacle",
    "provided (Tentacle log)",
  ],
  [
    "2024-01-15 10:12:34.5678 +00:00  1234  15  INFO  listen://[::]:10933/ 15  Listener accepted connection",
    "log.tentacle",
    undefined,
  ],
  [
    "E0312 10:15:13.123456       1 reflector.go:138] failed to list *v1.Pod",
    "log.pod",
    "provided (pod logs)",
  ],
  [
    'time="2024-03-01T10:00:00Z" level=error msg="rpc error: code = Unknown"',
    "log.pod",
    "provided (pod logs)",
  ],
  [
    "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4",
    "config.ci-workflow",
    "provided (CI workflow)",
  ],
  ["the pod logs say nothing useful", "log.pod", undefined],
  ["our Dockerfile is fine", "config.dockerfile", undefined],
  // More shapes of the same facts
  ["Client Version: v1.27.4\nServer Version: v1.26.6+rke2r1", "version.kubernetes", "v1.26.6+rke2r1"],
  ["Server Version: v1.26.6+rke2r1", "cluster.provider", "Rancher (RKE)"],
  ["Octopus.Tentacle 6.2.277 on DB01", "version.tentacle", "6.2.277"],
  ["Tentacle communication on port 10943 is blocked", "version.tentacle", undefined],
  ["codefresh-runner 0.9.6 in our cluster", "version.codefresh-runner", "0.9.6"],
  ["kube-controller-manager v1.28.2 restarts", "version.component", undefined],
  ["the SSH connection to GitHub is refused", "octopus.target-type", undefined],
  ["we SSH into the worker to check", "octopus.target-type", undefined],
  ["Upgraded Helm from 3.8.2 to 3.9.0 yesterday", "version.helm", "3.9.0"],
  [
    "argocd version --client\nargocd: v2.4.0+91aefab\n  BuildDate: 2022-06-10T17:23:18Z",
    "version.client-tools",
    "argocd: v2.4.0+91aefab",
  ],
  ["I opened https://github.com/helm/helm/pull/1234 about it", "repo.url", undefined],
  [
    "git clone https://gitlab.acme.com/platform/infra.git",
    "repo.url",
    "https://gitlab.acme.com/platform/infra.git",
  ],
  ["the chart is pulled from registry-1.docker.io/bitnamicharts", "registry.name", "Docker Hub"],
  ["our EKS nodes run Amazon Linux 2023", "os.host", "Amazon Linux 2023"],
  ["the Linux workers in the pool", "os.host", "Linux"],
  ["Kubernetes is version 1.29 on-prem with kubeadm", "version.kubernetes", "1.29"],
  [
    "Our Tentacle on 192.168.1.20 is fine and the error started at 10.30 today",
    "version.tentacle",
    undefined,
  ],
  // The exact command
  ["$ helm upgrade api ./chart -n prod --wait", "command.exact", "helm upgrade api ./chart -n prod --wait"],
  [
    "run `kubectl rollout status deploy/api -n prod` and it hangs",
    "command.exact",
    "kubectl rollout status deploy/api -n prod",
  ],
  ["kubectl is nowhere in the container", "command.exact", undefined],
  ["helm upgrade fails every time we deploy", "command.exact", undefined],
];

describe("extractFacts: table of real-looking inputs", () => {
  it.each(ROWS)("reads %j as %s = %j", (body, fact, value) => {
    expect(facts(body)[fact]).toBe(value);
  });

  it("has enough rows to mean something", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it("prefers the error message to a table row whose status column says failed", () => {
    const result = facts(
      "NAME\tNAMESPACE\tREVISION\tUPDATED\tSTATUS\tCHART\nweb\tprod\t4\t2024-05-02 09:13:41 +0000 UTC\tfailed\tweb-1.0.0\t1.0\nError: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
    );
    expect(result["error.full-message"]).toBe(
      "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
    );
  });

  it("still takes a status row when it is the only error the customer pasted", () => {
    const result = facts(
      "NAME       READY   STATUS             RESTARTS   AGE\napi-7d9f   0/1     CrashLoopBackOff   5          3m",
    );
    expect(result["error.full-message"]).toMatch(/^api-7d9f .*CrashLoopBackOff/);
  });

  it("reads a fact from an attachment's name when its format is not recognised", () => {
    const doc = buildDoc({
      body: "see attached",
      attachments: [{ name: "OctopusTentacle.txt", text: "blah" }],
    });
    expect(extractFacts(doc)["log.tentacle"]).toBe("provided (Tentacle log)");
  });

  it("stays fast on a 1 MB ticket", () => {
    const body =
      "Deploying the web app to listening and polling targets with cluster and chart words.\n".repeat(12_000);
    const start = performance.now();
    facts(body);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
