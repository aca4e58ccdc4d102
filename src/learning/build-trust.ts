import type { TArticle } from "../domain/article.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { SIMILARITY_CLAIM } from "../pipeline/analyze/score-similar.ts";
import type { Trust } from "../pipeline/analyze/trust.ts";
import { signatureRef } from "./contributions.ts";
import { countKey, type TrustCounts } from "./trust-counts.ts";
import { estimateTrust, type TrustEstimate } from "./trust-estimate.ts";

const NONE = { fired: 0, right: 0 };

/** Trust in one article and each of its signatures, with the counts behind it (for the console). */
export interface ArticleTrust {
  /** Its proposals on similar words alone (no signature fired). */
  article: TrustEstimate;
  signatures: (TrustEstimate & { id: string })[];
}

/** The estimates for one article from the counts. */
export function articleTrust(article: TArticle, counts: TrustCounts): ArticleTrust {
  return {
    article: estimateTrust(counts.get(countKey("article", article.id)) ?? NONE, SIMILARITY_CLAIM),
    signatures: article.signatures.map((signature) => ({
      id: signature.id,
      ...estimateTrust(
        counts.get(countKey("signature", signatureRef(article.id, signature.id))) ?? NONE,
        signature.weight,
      ),
    })),
  };
}

/**
 * The pipeline's view of the counts: a multiplier for each signature and article the knowledge
 * base holds, computed once here so triage only looks numbers up. Anything without outcomes, or
 * unknown to the knowledge base, keeps a multiplier of exactly 1.
 */
export function buildTrust(kb: KnowledgeBase, counts: TrustCounts): Trust {
  const signatures = new Map<string, number>();
  const articles = new Map<string, number>();
  for (const article of kb.articles) {
    const trust = articleTrust(article, counts);
    if (trust.article.fired > 0) articles.set(article.id, trust.article.multiplier);
    for (const signature of trust.signatures)
      if (signature.fired > 0) signatures.set(signatureRef(article.id, signature.id), signature.multiplier);
  }
  return {
    signature: (articleId, signatureId) => signatures.get(signatureRef(articleId, signatureId)) ?? 1,
    article: (articleId) => articles.get(articleId) ?? 1,
  };
}
