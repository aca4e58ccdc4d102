import type { TArea } from "../../domain/taxonomy.ts";
import type { TQuestion } from "../../domain/triage-result.ts";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.ts";
import type { RankedFinding } from "./rank.ts";

/** The version fact of the product an area is about. */
const AREA_VERSION: Partial<Record<TArea, string>> = {
  octopus: "version.octopus-server",
  tentacle: "version.tentacle",
  argocd: "version.argocd",
  helm: "version.helm",
};
const CONFIDENT = 0.6;
const MAX_WHEN_CONFIDENT = 2;
const MAX_WHEN_UNSURE = 2;
const MAX_WHEN_UNKNOWN = 3;
/** Facts that only help once the cause is known; asking for them up front is noise. */
const QUESTION_CODES = new Set(["other.question.how-to", "other.request.feature"]);

export interface QuestionInput {
  kb: KnowledgeBase;
  facts: Record<string, string>;
  ranked: RankedFinding[];
  area: TArea;
  /** True when the customer pasted at least one error line. */
  hasErrorText: boolean;
  /** True when the customer refers to an error message or failure without pasting it. */
  mentionsError: boolean;
}

/**
 * Asks only for facts the ticket lacks and the likely causes need: the error text when it was
 * referred to but not pasted, the best diagnosis's first fact, the product's version, then the
 * diagnosis's other facts; with no diagnosis, the error text, the version and what changed.
 */
export function decideQuestions({
  kb,
  facts,
  ranked,
  area,
  hasErrorText,
  mentionsError,
}: QuestionInput): TQuestion[] {
  const top = ranked[0];
  const wanted: string[] = [];
  const version = productVersion(area, facts);
  if (!hasErrorText && (mentionsError || !top)) wanted.push("error.full-message");
  if (!top) {
    wanted.push(...version, "change.recent", "impact.scope");
  } else if (!QUESTION_CODES.has(top.code)) {
    wanted.push(...top.article.facts.slice(0, 1), ...version, ...top.article.facts.slice(1));
    for (const next of ranked.slice(1, 2)) wanted.push(...next.article.facts.slice(0, 1));
  }
  const limit = !top ? MAX_WHEN_UNKNOWN : top.confidence >= CONFIDENT ? MAX_WHEN_CONFIDENT : MAX_WHEN_UNSURE;
  const asked = new Set<string>();
  const questions: TQuestion[] = [];
  for (const fact of wanted) {
    if (questions.length >= limit) break;
    if (asked.has(fact) || facts[fact] !== undefined) continue;
    const text = kb.questions.get(fact);
    if (!text) continue;
    asked.add(fact);
    questions.push({ fact, text });
  }
  return questions;
}

/** The version facts of the product the ticket is about, when the customer runs that product. */
function productVersion(area: TArea, facts: Record<string, string>): string[] {
  if (area === "codefresh")
    return /hybrid|on-prem/i.test(facts["codefresh.runtime-type"] ?? "") ? ["version.codefresh-runner"] : [];
  if (area === "octopus" && /cloud/i.test(facts["octopus.hosting"] ?? "")) return [];
  const version = AREA_VERSION[area];
  return version ? [version] : [];
}
