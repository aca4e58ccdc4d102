import type { Doc } from "./document.ts";
import { ARTIFACT_RULES } from "./artifacts.ts";
import { ENVIRONMENT_RULES } from "./environment.ts";
import { applyFactRules } from "./fact-rule.ts";
import { firstErrorLine } from "./error-lines.ts";
import { SITUATION_RULES } from "./situation.ts";
import { VERSION_RULES } from "./versions.ts";

/** Reads the facts the ticket already gives, keyed by the taxonomy's fact codes. */
export function extractFacts(doc: Doc): Record<string, string> {
  const facts: Record<string, string> = {};
  applyFactRules(doc, VERSION_RULES, facts);
  applyFactRules(doc, ENVIRONMENT_RULES, facts);
  applyFactRules(doc, ARTIFACT_RULES, facts);
  applyFactRules(doc, SITUATION_RULES, facts);
  const error = firstErrorLine(doc);
  if (error) facts["error.full-message"] = error.text.trim().slice(0, 200);
  for (const [fact, value] of Object.entries(facts)) if (!value) delete facts[fact];
  return facts;
}
