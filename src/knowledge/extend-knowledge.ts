import type { TArticle } from "../domain/article.ts";
import { compileSignature, type KnowledgeBase } from "./knowledge-base.ts";
import { ArticleIndex } from "./search-index.ts";

/**
 * The knowledge base plus further (already validated) articles: the base's compiled signatures are
 * reused and only the new ones compiled; the full-text index is rebuilt over all articles.
 */
export function extendKnowledge(base: KnowledgeBase, extra: TArticle[]): KnowledgeBase {
  if (extra.length === 0) return base;
  const articles = [...base.articles, ...extra];
  return {
    ...base,
    articles,
    signatures: [
      ...base.signatures,
      ...extra.flatMap((article) => article.signatures.map((signature) => compileSignature(article, signature))),
    ],
    byId: new Map(articles.map((article) => [article.id, article])),
    index: new ArticleIndex(articles, base.taxonomy),
  };
}
