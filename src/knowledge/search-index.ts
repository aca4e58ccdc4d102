import MiniSearch from "minisearch";
import type { TArticle } from "../domain/article.ts";
import type { TTaxonomy } from "../domain/taxonomy.ts";
import { patternWords, searchTerms } from "./search-text.ts";

interface IndexedArticle {
  id: string;
  title: string;
  taxonomy: string;
  summary: string;
  patterns: string;
}

export interface SimilarArticle {
  id: string;
  score: number;
  /** Stemmed query terms that matched this article. */
  terms: string[];
}

/** Full-text (BM25) index of the articles, for tickets that describe a problem without its error text. */
export class ArticleIndex {
  private readonly search: MiniSearch<IndexedArticle>;

  constructor(articles: TArticle[], taxonomy: TTaxonomy) {
    const codes = new Map(taxonomy.codes.map((entry) => [entry.code, `${entry.title} ${entry.evidence}`]));
    this.search = new MiniSearch<IndexedArticle>({
      fields: ["title", "taxonomy", "summary", "patterns"],
      processTerm: (term) => term,
      tokenize: (text) => searchTerms(text),
      searchOptions: { boost: { title: 2, taxonomy: 1.5, patterns: 1.2 }, tokenize: (text) => searchTerms(text) },
    });
    this.search.addAll(
      articles.map((article) => ({
        id: article.id,
        title: article.title,
        taxonomy: article.codes.map((code) => codes.get(code) ?? "").join(" "),
        summary: article.summary,
        patterns: article.signatures.map((signature) => patternWords(signature.pattern)).join(" "),
      })),
    );
  }

  /** Articles most similar to `text`, best first; only the first `maxTerms` distinct words count. */
  similar(text: string, limit = 10, maxTerms = 400): SimilarArticle[] {
    const terms = [...new Set(searchTerms(text))].slice(0, maxTerms);
    if (terms.length === 0) return [];
    return this.search
      .search(terms.join(" "), { combineWith: "OR", processTerm: (term) => term })
      .slice(0, limit)
      .map((hit) => ({ id: String(hit.id), score: hit.score, terms: hit.terms }));
  }
}
