import type { TArticle } from "../../domain/article.ts";
import type { TArea } from "../../domain/taxonomy.ts";
import type { TEvidence } from "../../domain/triage-result.ts";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.ts";
import type { SimilarArticle } from "../../knowledge/search-index.ts";
import type { Doc } from "../extract/document.ts";
import type { SignatureHit } from "./match-signatures.ts";
import type { Trust } from "./trust.ts";

/** A candidate root cause proposed by one analyzer, before ranking. */
export interface Finding {
  code: string;
  article: TArticle;
  /** Unbounded score; the decide stage turns it into a confidence. */
  score: number;
  evidence: TEvidence[];
  /** Named captures of the matching signatures, for the reply. */
  captures: Record<string, string>;
  /** Ids of the signatures that fired. */
  signatures: string[];
  /** Set by an analyzer when the evidence contradicts documented behaviour: a likely defect. */
  defect?: string;
}

export interface AnalyzerContext {
  doc: Doc;
  facts: Record<string, string>;
  kb: KnowledgeBase;
  /** Signature hits of this analyzer's articles only. */
  hits: SignatureHit[];
  /** This analyzer's articles among those most similar to the ticket's words, best first. */
  similar: SimilarArticle[];
  /** The best similarity score over all articles, to judge `similar` relative to it. */
  bestSimilarity: number;
  /** Weight of the most specific error signature that fired in any area (0 when none). */
  strongestError: number;
  /** How strongly the ticket is about this analyzer's product (0 = not mentioned). */
  mention: number;
  /** What resolved tickets taught about each signature and article (neutral without outcomes). */
  trust: Trust;
}

/** One product area's expertise: recognising that a ticket is about it, and explaining its errors. */
export interface Analyzer {
  area: TArea;
  /** How much the ticket is about this area, from product names, commands and resource kinds. */
  mentions(doc: Doc): number;
  analyze(context: AnalyzerContext): Finding[];
}

/** What an analyzer run produced: its findings, or the error that stopped it, and how long it took. */
export interface AnalyzerRun {
  area: TArea;
  mention: number;
  findings: Finding[];
  error?: string;
  durationMs: number;
}
