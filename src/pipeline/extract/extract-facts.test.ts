import { describe, expect, it } from "vitest";
import { buildDoc, cleanText } from "./document.ts";
import { extractFacts } from "./extract-facts.ts";

const facts = (body: string) => extractFacts(buildDoc({ body }));

describe("extractFacts", () => {
  it.each([
    ["argocd-server: v2.8.4+abc1234", "version.argocd", "v2.8.4+abc1234"],
    ["We run Argo CD v2.10.4 in the cluster", "version.argocd", "v2.10.4"],
    ["Octopus Server 2024.1.12345 on Windows", "version.octopus-server", "2024.1.12345"],
    ['version.BuildInfo{Version:"v3.14.2", GitCommit:"c309b6f"}', "version.helm", "v3.14.2"],
    ["After upgrading Helm to v3.9.0 it broke", "version.helm", "v3.9.0"],
    [
      "Client Version: v1.29.3\nServer Version: v1.29.4-eks-036c24b",
      "version.kubernetes",
      "v1.29.4-eks-036c24b",
    ],
    ["On K3s v1.21.4+k3s1 our ingresses work", "version.kubernetes", "v1.21.4+k3s1"],
    ["Client Version: v1.29.3", "version.client-tools", "v1.29.3"],
    ["we are on Octopus Cloud", "octopus.hosting", "Octopus Cloud"],
    ["pods on our AKS cluster", "cluster.provider", "AKS"],
    ["pushing to 1234.dkr.ecr.eu-west-1.amazonaws.com/app", "registry.name", "Amazon ECR"],
    ["repoURL: git@github.com:acme/deploy.git", "repo.url", "git@github.com:acme/deploy.git"],
    ["the polling Tentacle on web-01", "octopus.target-type", "polling Tentacle"],
    ["Since we upgraded to 2.4.0 it hangs", "change.recent", "Since we upgraded to 2.4.0 it hangs"],
  ])("reads %j as %s", (body, fact, value) => {
    expect(facts(body)[fact]).toBe(value);
  });

  it("records pasted outputs as present, not their content", () => {
    const result = facts("REVISION  UPDATED  STATUS  CHART\n1  Mon  deployed  api-1.0.0");
    expect(result["output.helm-history"]).toMatch(/^provided/);
  });

  it("takes the first real error line, not a command or the customer's prose", () => {
    const result = facts(
      "I think something is wrong with the deployment and it failed again today for us.\n+ helm upgrade x ./c --wait --timeout 5m\nError: UPGRADE FAILED: timed out waiting for the condition",
    );
    expect(result["error.full-message"]).toBe("Error: UPGRADE FAILED: timed out waiting for the condition");
  });

  it("says nothing when the ticket gives nothing", () => {
    expect(facts("Please help, it does not work.")).toEqual({});
  });

  it("strips ANSI colours and CR so lines match as printed", () => {
    expect(cleanText("\u001b[31mError:\u001b[0m boom\r\nnext")).toBe("Error: boom\nnext");
  });

  it("numbers lines per source, skipping blank ones", () => {
    const doc = buildDoc({ subject: "s", body: "a\n\nb", attachments: [{ name: "log.txt", text: "x" }] });
    expect(doc.lines.map((line) => `${line.source}:${line.line}`)).toEqual([
      "subject:1",
      "body:1",
      "body:3",
      "attachment:log.txt:1",
    ]);
  });
});
