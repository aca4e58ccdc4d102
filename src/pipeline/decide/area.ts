import type { TArea } from "../../domain/taxonomy.ts";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.ts";
import type { AnalyzerRun } from "../analyze/analyzer.ts";
import type { RankedFinding } from "./rank.ts";

/** Products a ticket is routed to whenever it is clearly about them, whatever layer failed. */
const PRODUCT_AREAS: TArea[] = ["tentacle", "octopus", "codefresh", "argocd"];
const CLEAR_MENTION = 0.6;

/**
 * Routes the ticket: to the product the customer uses when it is one of ours to support,
 * otherwise to the area of the best diagnosis, otherwise to the most mentioned area.
 */
export function decideArea(ranked: RankedFinding[], runs: AnalyzerRun[], kb: KnowledgeBase): TArea {
  const mention = new Map(runs.map((run) => [run.area, run.mention]));
  const codeArea = (code: string) =>
    kb.taxonomy.codes.find((entry) => entry.code === code)?.area as TArea | undefined;
  const topArea = ranked[0] ? codeArea(ranked[0].code) : undefined;
  if (topArea && PRODUCT_AREAS.includes(topArea)) return topArea;
  const products = PRODUCT_AREAS.filter((area) => (mention.get(area) ?? 0) >= CLEAR_MENTION).sort(
    (a, b) => (mention.get(b) ?? 0) - (mention.get(a) ?? 0),
  );
  if (products[0]) return products[0];
  if (topArea && topArea !== "other") return topArea;
  // A question or request is routed to the product it is about: the best non-"other" diagnosis.
  const about = ranked.map((finding) => codeArea(finding.code)).find((area) => area && area !== "other");
  if (about) return about;
  const busiest = [...runs].filter((run) => run.area !== "other").sort((a, b) => b.mention - a.mention)[0];
  return busiest && busiest.mention > 0 ? busiest.area : "other";
}
