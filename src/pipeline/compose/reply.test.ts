import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load-knowledge.ts";
import { triage } from "../triage.ts";
import { fill } from "./reply.ts";

const { kb } = loadKnowledge();

describe("reply", () => {
  const { result } = triage(
    {
      subject: "Upgrade blocked",
      body: "Deploy broke.\nError: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\npassword=Sup3rS3cret!",
    },
    { kb },
  );

  it("restates, quotes the key line, gives numbered steps, asks, and says what happens next", () => {
    expect(result.reply).toMatch(/^Thank you/);
    expect(result.reply).toContain("another operation (install/upgrade/rollback) is in progress");
    expect(result.reply).toMatch(/\n1\. .+\n2\. /);
    for (const question of result.questions) expect(result.reply).toContain(question.text);
    expect(result.reply).toMatch(/come back to you|let us know/);
  });

  it("never contains a secret", () => {
    expect(result.reply).not.toContain("Sup3rS3cret");
  });

  it("says it does not know yet when nothing matched, instead of guessing", () => {
    const unknown = triage({ body: "It is broken, please help." }, { kb }).result;
    expect(unknown.reply).toMatch(/does not yet show us the cause/);
    expect(unknown.reply).not.toMatch(/most likely/);
  });

  it("cannot be broken out of its code block by backticks in the customer's text", () => {
    const tricky = triage(
      {
        body: "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress ```` <b>x</b>",
      },
      { kb },
    ).result;
    expect(tricky.reply).toContain("`````\nError: UPGRADE FAILED");
  });
});

describe("fill", () => {
  it("uses captures, then facts, then the fallback", () => {
    expect(
      fill("pull {{image|the image}} on {{cluster.provider|your cluster}}", { image: "acme/api:1" }, {}),
    ).toBe("pull acme/api:1 on your cluster");
    expect(fill("on {{cluster.provider|your cluster}}", {}, { "cluster.provider": "EKS" })).toBe("on EKS");
    expect(fill("use ${{CF_BRANCH}} in {{x|y}}", {}, {})).toBe("use ${{CF_BRANCH}} in y");
  });
});
