import type { TArticleTrust } from "../domain/outcome.ts";
import { DeckhandError } from "../domain/errors.ts";
import { articleTrust } from "../learning/build-trust.ts";
import type { Deps } from "./deps.ts";
import { loadAllArticles } from "./list-articles.ts";
import { loadTrustCounts } from "./load-trust.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** How far outcomes trust an article and each of its signatures, with the counts behind it. */
export async function getArticleTrust(
  deps: Pick<Deps, "db" | "kb">,
  { principal, id }: { principal: Principal; id: string },
): Promise<TArticleTrust> {
  requireEngineer(principal);
  const found = (await loadAllArticles(deps)).find((entry) => entry.article.id === id);
  if (!found) throw new DeckhandError("not-found", `no article ${id}`);
  return { id, ...articleTrust(found.article, await loadTrustCounts(deps)) };
}
