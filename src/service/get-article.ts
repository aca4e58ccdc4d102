import type { z } from "zod";
import type { ZArticleDetail } from "../domain/console-api.ts";
import { DeckhandError } from "../domain/errors.ts";
import type { Deps } from "./deps.ts";
import { countTopCodes, loadAllArticles } from "./list-articles.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** One article with its source (team articles) and the latest tickets it explained. */
export async function getArticle(
  deps: Pick<Deps, "db" | "kb">,
  { principal, id }: { principal: Principal; id: string },
): Promise<z.infer<typeof ZArticleDetail>> {
  requireEngineer(principal);
  const found = (await loadAllArticles(deps)).find((entry) => entry.article.id === id);
  if (!found) throw new DeckhandError("not-found", `no article ${id}`);
  const { article, origin, markdown } = found;
  const [counts, tickets] = await Promise.all([
    countTopCodes(deps),
    deps.db
      .selectFrom("tickets")
      .select(["id", "subject", "status", "top_code", "created_at"])
      .where("top_code", "in", article.codes)
      .orderBy("created_at", "desc")
      .limit(50)
      .execute(),
  ]);
  return {
    id: article.id,
    title: article.title,
    area: article.area,
    codes: article.codes,
    origin,
    explained: article.codes.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0),
    summary: article.summary,
    steps: article.steps,
    confirm: article.confirm,
    references: article.references,
    signatures: article.signatures.map(({ id: sid, pattern, flags }) => ({ id: sid, pattern, flags })),
    markdown,
    tickets: tickets.map((t) => ({
      id: t.id,
      subject: t.subject,
      status: t.status,
      topCode: t.top_code,
      createdAt: t.created_at,
    })),
  };
}
