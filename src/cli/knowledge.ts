import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { loadKnowledge } from "../knowledge/load-knowledge.ts";
import type { Output } from "./output.ts";

/** Loads the shipped knowledge base, warning (not failing) when some articles are invalid. */
export function knowledgeForCommand(out: Output): KnowledgeBase {
  const { kb, problems } = loadKnowledge();
  if (problems.length > 0)
    out.err(
      `deckhand: warning: ${problems.length} knowledge problems left some articles out (run 'deckhand kb lint')`,
    );
  return kb;
}
