import type { z } from "zod";
import type { ZArticleDraftSummary } from "../domain/article-draft.ts";
import type { Deps } from "./deps.ts";
import { toDraftSummary } from "./get-article-draft.ts";
import { requireEngineer, type Principal } from "./principal.ts";

export interface ListArticleDraftsInput {
  principal: Principal;
  status?: "pending" | "approved" | "rejected";
  limit?: number;
}

/** Proposed articles and suggestions learned from resolved tickets, newest first. */
export async function listArticleDrafts(
  deps: Pick<Deps, "db">,
  { principal, status, limit = 100 }: ListArticleDraftsInput,
): Promise<z.infer<typeof ZArticleDraftSummary>[]> {
  requireEngineer(principal);
  let query = deps.db
    .selectFrom("article_drafts")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(limit);
  if (status) query = query.where("status", "=", status);
  return (await query.execute()).map(toDraftSummary);
}
