import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load-knowledge.ts";
import { buildDoc } from "../extract/document.ts";
import { knownDefect } from "./escalation.ts";

const { kb } = loadKnowledge();
const base = kb.byId.get("octopus-release-create-failed");
if (!base) throw new Error("the release-create-failed article is part of the shipped knowledge");

const article = {
  ...base,
  escalation: {
    ...base.escalation,
    defects: [
      {
        fact: "version.octopus-server",
        affected: ">=2024.1.0 <2024.1.300",
        fixed: "2024.1.300",
        summary: "Release creation drops the channel rule of version-controlled projects.",
        match: "channel rule [^\\n]{0,40}dropped",
        versionRequired: false,
      },
    ],
  },
};
const doc = (body: string) => buildDoc({ body });

describe("knownDefect", () => {
  const symptom = "Creating the release fails: channel rule 'stable' dropped for step deploy-web.";

  it("applies when the version is in the affected range and the symptom matches", () => {
    const found = knownDefect(article, { "version.octopus-server": "2024.1.120" }, doc(symptom));
    expect(found).toMatch(
      /^Known defect: .*2024\.1\.120 is in >=2024\.1\.0 <2024\.1\.300.*Fixed in 2024\.1\.300/,
    );
  });

  it("does not apply to a version outside the range", () => {
    expect(knownDefect(article, { "version.octopus-server": "2024.2.5" }, doc(symptom))).toBeUndefined();
  });

  it("applies as likely when the specific symptom matches and no version was given", () => {
    expect(knownDefect(article, {}, doc(symptom))).toMatch(/^Likely known defect: .*version not given/);
  });

  it("needs the version when the symptom alone does not identify the defect", () => {
    const [defect] = article.escalation.defects;
    const narrowing = {
      ...article,
      escalation: { ...article.escalation, defects: [{ ...defect!, versionRequired: true }] },
    };
    expect(knownDefect(narrowing, {}, doc(symptom))).toBeUndefined();
    expect(knownDefect(narrowing, { "version.octopus-server": "2024.1.120" }, doc(symptom))).toMatch(
      /^Known defect/,
    );
  });

  it("needs the symptom when the defect names one", () => {
    const unrelated = doc("Creating the release fails with a timeout.");
    expect(knownDefect(article, { "version.octopus-server": "2024.1.120" }, unrelated)).toBeUndefined();
    expect(knownDefect(article, {}, unrelated)).toBeUndefined();
  });
});
