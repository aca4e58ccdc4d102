import { DeckhandError } from "../domain/errors.ts";
import { formatProblem } from "../knowledge/errors.ts";
import type { HealthySample } from "../knowledge/coverage.ts";
import { loadHealthyCorpus } from "../knowledge/healthy-corpus.ts";
import { compileSignature } from "../knowledge/knowledge-base.ts";
import type { TArticle } from "../domain/article.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";
import { storeTeamArticle } from "./save-team-article.ts";
import { validateTeamArticle } from "./validate-team-article.ts";

export interface ApproveArticleDraftInput {
  principal: Principal;
  id: string;
  /** The article as the reviewer edited it; absent to approve it as proposed. */
  markdown?: string;
}

let healthy: HealthySample[] | undefined;

/** The first healthy-log line one of the article's signatures matches, as `signature: file:line`. */
function healthyMatch(article: TArticle): string | null {
  healthy ??= loadHealthyCorpus();
  for (const signature of article.signatures) {
    const { regex } = compileSignature(article, signature);
    for (const sample of healthy) {
      const index = sample.text.split(/\r?\n/).findIndex((line) => regex.test(line.slice(0, 4000)));
      if (index >= 0) return `${signature.id}: ${sample.name}:${index + 1}`;
    }
  }
  return null;
}

/**
 * Approves a proposed article (leads and admins), as proposed or edited: it is validated as any
 * team article is, must not match the healthy logs, and is saved as a team article in the same
 * transaction, so the very next triage on any process uses it.
 */
export async function approveArticleDraft(
  deps: Deps,
  { principal, id, markdown }: ApproveArticleDraftInput,
): Promise<{ articleId: string; created: boolean }> {
  requireEngineer(principal, "lead");
  const draft = await deps.db
    .selectFrom("article_drafts")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!draft) throw new DeckhandError("not-found", `no article draft ${id}`);
  if (draft.status !== "pending")
    throw new DeckhandError("conflict", `the article draft was already ${draft.status}`);
  const text = markdown ?? draft.markdown;
  const update = draft.kind === "suggestion" && draft.target_origin === "team";
  const outcome = validateTeamArticle(deps, text, draft.slug);
  if (!outcome.ok) throw new DeckhandError("bad-input", outcome.problems.map(formatProblem).join("\n"));
  const { article } = outcome;
  if (update && article.id !== draft.slug)
    throw new DeckhandError("bad-input", `id: this suggestion extends '${draft.slug}'; keep its id`);
  if (draft.refused_pattern && article.signatures.some((s) => s.pattern === draft.refused_pattern))
    throw new DeckhandError(
      "bad-input",
      "signatures: the learned pattern failed the safety check (see the notes); narrow it before approving",
    );
  const healthyLine = healthyMatch(article);
  if (healthyLine)
    throw new DeckhandError(
      "bad-input",
      `signatures.${healthyLine}: matches a line of a healthy log; narrow it`,
    );
  const actor = actorOf(principal);
  return deps.db.transaction().execute(async (trx) => {
    const saved = await storeTeamArticle(trx, deps, {
      article,
      markdown: text,
      actor,
      id: update ? draft.slug : undefined,
    });
    const changed = await trx
      .updateTable("article_drafts")
      .set({ status: "approved", decided_at: nowIso(deps), decided_by: actor, article_id: article.id })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0)
      throw new DeckhandError("conflict", "the article draft was decided meanwhile");
    await audit(trx, deps, {
      actor,
      action: "article-draft.approved",
      entityType: "article-draft",
      entityId: id,
      details: { articleId: article.id, kind: draft.kind, edited: text.trim() !== draft.markdown.trim() },
    });
    return { articleId: saved.id, created: saved.created };
  });
}
