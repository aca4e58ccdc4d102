import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load-knowledge.ts";
import { triage } from "../src/pipeline/triage.ts";
import { assertContract } from "./helpers/contract.ts";

const shared = new URL("../../shared/contract.schema.json", import.meta.url);
const { kb } = loadKnowledge();

describe("contract", () => {
  it.runIf(existsSync(shared))(
    "keeps its copy of the schema identical to shared/contract.schema.json",
    () => {
      const copy = readFileSync(new URL("../src/domain/contract.schema.json", import.meta.url), "utf8");
      expect(JSON.parse(copy)).toEqual(JSON.parse(readFileSync(shared, "utf8")));
    },
  );

  it("produces valid results for every article fixture, a ticket with secrets and an unknown problem", () => {
    const tickets = [
      ...kb.articles.flatMap((article) => article.fixtures.map((fixture) => ({ body: fixture.text }))),
      { body: "password=hunter2 and AKIAIOSFODNN7EXAMPLE, Error: something odd", subject: "help" },
      { body: "Something is wrong with our thing, please help." },
    ];
    for (const ticket of tickets) assertContract(triage(ticket, { kb }).result);
  });

  it("rejects a result that breaks the schema", () => {
    const { result } = triage(
      { body: "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress" },
      { kb },
    );
    expect(() => assertContract({ ...result, priority: "P5" })).toThrow(/priority/);
    expect(() => assertContract({ ...result, reply: "short" })).toThrow(/reply/);
  });
});
