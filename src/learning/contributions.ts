import type { Finding } from "../pipeline/analyze/analyzer.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { TTicket } from "../domain/ticket.ts";
import { triage } from "../pipeline/triage.ts";

/** What trust is kept about: one signature of one article, or one article as a whole. */
export type TrustKind = "signature" | "article";

/** One observation an outcome gives: this signature (or article) proposed a cause, right or wrong. */
export interface Contribution {
  kind: TrustKind;
  /** The article id, or `article/signature` for a signature (ids are unique only within an article). */
  ref: string;
  right: boolean;
}

/** The stored reference of a signature. */
export const signatureRef = (articleId: string, signatureId: string): string => `${articleId}/${signatureId}`;

/**
 * The observations one resolved ticket gives: every signature that fired for a proposed cause
 * counts right when that cause is the confirmed code, and wrong when it is another cause that
 * scored at least as high as the confirmed one (it competed with the truth; a lower proposal did
 * no harm and teaches nothing); an article proposed on
 * similar words alone (no signature fired) counts the same way. Signature-backed proposals are
 * the signatures' evidence, not the article's: the article's multiplier scales word-only
 * proposals, and those are far less certain than a signature, so mixing them would misjudge both.
 * A ticket no code explains (`code` null) makes every proposal wrong. Findings are taken before
 * ranking, so what is learned does not depend on the trust that ranked them.
 */
export function contributionsOf(findings: readonly Finding[], code: string | null): Contribution[] {
  const signatures = new Map<string, boolean>();
  const articles = new Map<string, boolean>();
  const truth = Math.max(
    -Infinity,
    ...findings.filter((f) => code !== null && f.code === code).map((f) => f.score),
  );
  for (const finding of findings) {
    const right = code !== null && finding.code === code;
    if (!right && finding.score < truth) continue;
    const article = finding.article.id;
    if (finding.signatures.length === 0) articles.set(article, (articles.get(article) ?? false) || right);
    for (const id of finding.signatures) {
      const ref = signatureRef(article, id);
      signatures.set(ref, (signatures.get(ref) ?? false) || right);
    }
  }
  return [
    ...[...signatures].map(([ref, right]) => ({ kind: "signature" as const, ref, right })),
    ...[...articles].map(([ref, right]) => ({ kind: "article" as const, ref, right })),
  ].sort((a, b) => a.kind.localeCompare(b.kind) || a.ref.localeCompare(b.ref));
}

/**
 * What a resolved ticket teaches: triage it again as the knowledge base alone ranks it (no
 * trust) and score every proposal against the confirmed code. The service and the evaluation's
 * replay both learn through this one function.
 */
export function observeOutcome(kb: KnowledgeBase, ticket: TTicket, code: string | null): Contribution[] {
  const { runs } = triage(ticket, { kb });
  return contributionsOf(
    runs.flatMap((run) => run.findings),
    code,
  );
}
