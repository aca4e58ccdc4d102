import type { TArticle, TSignature } from "../domain/article.ts";
import type { TTaxonomy } from "../domain/taxonomy.ts";
import { requiredLiteralSets } from "./literals.ts";
import { ArticleIndex } from "./search-index.ts";

export interface CompiledSignature extends TSignature {
  article: TArticle;
  /** The code this signature points at. */
  target: string;
  regex: RegExp;
  /** Lower-case fragments one of which every match contains (the most selective set); null when none. */
  literals: string[] | null;
  /** Further sets a match also needs one fragment of: cheap checks before the expression runs. */
  guards: string[][];
}

/** The knowledge base as the pipeline sees it: articles, compiled signatures and the taxonomy. */
export interface KnowledgeBase {
  taxonomy: TTaxonomy;
  articles: TArticle[];
  signatures: CompiledSignature[];
  byId: Map<string, TArticle>;
  codeTitles: Map<string, string>;
  factMeanings: Map<string, string>;
  /** What to ask a customer for each fact code. */
  questions: Map<string, string>;
  /** Full-text index of the articles, for tickets that describe a problem in prose. */
  index: ArticleIndex;
}

/** Builds the in-memory knowledge base from already validated articles. */
export function buildKnowledgeBase(
  taxonomy: TTaxonomy,
  articles: TArticle[],
  questions: Record<string, string> = {},
): KnowledgeBase {
  const signatures = articles.flatMap((article) =>
    article.signatures.map((signature) => compileSignature(article, signature)),
  );
  return {
    taxonomy,
    articles,
    signatures,
    byId: new Map(articles.map((article) => [article.id, article])),
    codeTitles: new Map(taxonomy.codes.map((entry) => [entry.code, entry.title])),
    factMeanings: new Map(taxonomy.facts.map((entry) => [entry.fact, entry.meaning])),
    questions: new Map(Object.entries(questions)),
    index: new ArticleIndex(articles, taxonomy),
  };
}

/** Compiles one signature; throws a SyntaxError for an invalid pattern. */
export function compileSignature(article: TArticle, signature: TSignature): CompiledSignature {
  const flags = signature.flags.includes("u") ? signature.flags : `${signature.flags}u`;
  const sets = requiredLiteralSets(signature.pattern, flags);
  return {
    ...signature,
    article,
    target: signature.code ?? article.codes[0] ?? "",
    regex: new RegExp(signature.pattern, flags.replace("g", "")),
    literals: sets[0] ?? null,
    guards: sets.slice(1),
  };
}
