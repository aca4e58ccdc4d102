import type { z } from "zod";
import type { ZArticleDraft, ZArticleDraftSummary } from "../domain/article-draft.ts";
import type { TLearnReason } from "../domain/article-draft.ts";
import { DeckhandError } from "../domain/errors.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";
import { validateTeamArticle } from "./validate-team-article.ts";

type Row = Database["article_drafts"];

/** The list entry of a proposed article. */
export function toDraftSummary(row: Row): z.infer<typeof ZArticleDraftSummary> {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    slug: row.slug,
    title: row.title,
    area: row.area,
    code: row.code,
    targetArticle: row.target_article,
    targetOrigin: row.target_origin,
    reason: row.reason as TLearnReason,
    ticketId: row.ticket_id,
    createdAt: row.created_at,
  };
}

/** One proposed article with its Markdown, the reviewer's notes and what validation finds in it. */
export async function getArticleDraft(
  deps: Pick<Deps, "db" | "kb">,
  { principal, id }: { principal: Principal; id: string },
): Promise<z.infer<typeof ZArticleDraft>> {
  requireEngineer(principal);
  const row = await deps.db.selectFrom("article_drafts").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new DeckhandError("not-found", `no article draft ${id}`);
  const { problems } = validateTeamArticle(deps, row.markdown, row.slug);
  return {
    ...toDraftSummary(row),
    pattern: row.pattern,
    notes: JSON.parse(row.notes) as string[],
    markdown: row.markdown,
    problems: problems.map(({ line, field, message }) => ({ line, field, message })),
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    decisionNote: row.decision_note,
    articleId: row.article_id,
  };
}
