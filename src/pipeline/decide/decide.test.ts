import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load-knowledge.ts";
import { triage } from "../triage.ts";

const { kb } = loadKnowledge();
const run = (body: string) => triage({ body }, { kb }).result;

describe("ranking", () => {
  it("prefers the specific cause over a generic consequence on the same ticket", () => {
    const result = run(
      [
        "Error: UPGRADE FAILED: timed out waiting for the condition",
        'Warning  Failed  kubelet  Failed to pull image "acme/api:2.0": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/acme/api:2.0": failed to resolve reference "docker.io/acme/api:2.0": docker.io/acme/api:2.0: not found',
      ].join("\n"),
    );
    expect(result.diagnoses[0]?.code).toBe("k8s.pod.image-not-found");
    expect(result.diagnoses.map((d) => d.code).indexOf("helm.wait.timeout")).not.toBe(0);
  });

  it("returns no diagnosis, and asks for what would tell, when nothing matches", () => {
    const result = run("Our thing is not working since this morning, please help us.");
    expect(result.diagnoses).toEqual([]);
    expect(result.questions.map((q) => q.fact)).toContain("error.full-message");
  });

  it("keeps confidences within [0, 1] and sorted", () => {
    const result = run("Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress");
    const confidences = result.diagnoses.map((d) => d.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    for (const c of confidences) expect(c).toBeGreaterThan(0);
  });
});

describe("how-to questions", () => {
  it("answers a plain how-to as one", () => {
    expect(run("How do I run a runbook on a schedule in Octopus?").diagnoses[0]?.code).toBe(
      "other.question.how-to",
    );
  });

  it("lets a reported failure outrank a how-to asked about it", () => {
    const result = run(
      "Our Codefresh build step can't find our Dockerfile: the log looks under the wrong folder. How do I point it at the root Dockerfile?",
    );
    expect(result.diagnoses[0]?.code).not.toBe("other.question.how-to");
    expect(result.diagnoses.map((d) => d.code)).toContain("other.question.how-to");
  });
});

describe("area", () => {
  it("routes to the product the customer uses, even when a lower layer failed", () => {
    expect(
      run("Our Argo CD app fails: x509: certificate signed by unknown authority from repo-server").area,
    ).toBe("argocd");
  });

  it("routes to the failing layer when no product of ours is involved", () => {
    expect(run("kubectl logs -f fails: failed to create fsnotify watcher: too many open files").area).toBe(
      "kubernetes",
    );
  });
});

describe("priority", () => {
  it.each([
    ["P1", "Our Octopus API key was exposed in a public build log, the token is leaked."],
    ["P2", "Since the change, none of our ingresses are served and all our users get errors."],
    ["P4", "How do I run a runbook on a schedule in Octopus?"],
    ["P3", "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress"],
    // No scope words: the cause itself (the whole instance cannot reach its database) sets P1.
    [
      "P1",
      "OctopusServer.txt shows: A network-related or instance-specific error occurred while establishing a connection to SQL Server.",
    ],
    [
      "P1",
      "After the upgrade the Octopus service stops a few seconds after it starts. Our whole instance is down.",
    ],
    ["P2", "All builds on our hybrid runner hang at validating connection to docker daemon."],
    ["P2", "Every project we have under version control has stopped opening since this morning."],
    ["P2", "This is blocking all of our Config as Code projects."],
    [
      "P2",
      "All of our Azure deployment workflows started failing at the login step, so nothing can be deployed.",
    ],
    ["P2", "Since yesterday nobody in the company can deploy or promote a release."],
    ["P2", "Since this morning every job that builds an image on our shared runners fails."],
    [
      "P2",
      "The push to our registry fails: x509: certificate has expired or is not yet valid. Nothing gets deployed right now.",
    ],
    [
      "P4",
      "I'm installing the chart in a local Kubernetes cluster to evaluate it and the pods stay Pending.",
    ],
    // Not in service yet: a broad failure on a new setup still affects nobody's work.
    ["P3", "Setting up a one-node cluster with kubeadm. None of the pods ever start, they're all Pending."],
  ])("rates %s for %j", (priority, body) => {
    expect(run(body).priority).toBe(priority);
  });
});

describe("escalation", () => {
  it("escalates a regression after an upgrade of the product", () => {
    const result = run(
      'Since we upgraded the chart repository client to Helm v3.15.0, helm repo add fails with: Error: looks like "https://charts.acme.example" is not a valid chart repository or cannot be reached: failed to fetch https://charts.acme.example/index.yaml : 401 Unauthorized. It worked with 3.14.4.',
    );
    expect(result.escalation).toMatchObject({ recommended: true, team: "engineering" });
    expect(result.escalation.reason).toMatch(/regression/i);
  });

  it.each([
    "Build agents picked up the new Helm 3.13.1 this week and helm push to our OCI registry fails with unexpected status from HEAD request.",
    "Our ingress chart 4.4.2 works, then going to 4.5.0 every Ingress with a regex path returns 404. Helm values are unchanged.",
  ])("escalates a version that arrived and broke the same setup: %j", (body) => {
    expect(run(body).escalation).toMatchObject({ recommended: true, team: "engineering" });
  });

  it("does not escalate a configuration problem with a known fix", () => {
    const result = run("Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress");
    expect(result.escalation).toEqual({ recommended: false, team: null, reason: null });
  });

  it.each([
    "Opening the project shows Unable to access version control: Sequence contains no matching element",
    "The release page fails with: The given key 'Feeds-12' was not present in the dictionary.",
    "argocd-repo-server logs: panic: runtime error: invalid memory address or nil pointer dereference",
  ])("escalates internal runtime errors shown by the product: %j", (body) => {
    expect(run(body).escalation).toMatchObject({ recommended: true, team: "engineering" });
  });

  it("does not make a confident configuration cause a defect because the log says 'Unhandled exception'", () => {
    const result = run(
      [
        "We restored the server on a new VM against the same database and the service stops at start:",
        "ERROR  Convert documents  An unexpected error occurred when processing document with source ID 'certificate-global': Padding is invalid and cannot be removed.",
        "FATAL  Unhandled exception while starting the server",
      ].join("\n"),
    );
    expect(result.diagnoses[0]?.code).toBe("octopus.server.master-key-mismatch");
    expect(result.escalation.recommended).toBe(false);
  });

  it("sends exposed credentials to security", () => {
    expect(run("Our GitHub token was leaked in a public log.").escalation.team).toBe("security");
  });
});

describe("questions", () => {
  it("never asks for a fact the ticket already gives", () => {
    for (const article of kb.articles.slice(0, 60)) {
      for (const fixture of article.fixtures) {
        const result = run(fixture.text);
        for (const question of result.questions) expect(result.facts[question.fact]).toBeUndefined();
      }
    }
  });

  it("asks at most two questions when the diagnosis is confident", () => {
    const result = run("Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress");
    expect(result.diagnoses[0]?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(result.questions.length).toBeLessThanOrEqual(2);
    expect(result.questions.map((q) => q.fact)).toContain("output.helm-history");
  });
});
