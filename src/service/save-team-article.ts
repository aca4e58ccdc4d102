import type { Transaction } from "kysely";
import type { TArticle } from "../domain/article.ts";
import { DeckhandError } from "../domain/errors.ts";
import { formatProblem } from "../knowledge/errors.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { actorOf, requireEngineer, type Principal } from "./principal.ts";
import { upsertSearchDoc } from "./search-docs.ts";
import { validateTeamArticle } from "./validate-team-article.ts";

export interface SaveTeamArticleInput {
  principal: Principal;
  markdown: string;
  /** The id of the article being edited; absent to create one. */
  id?: string;
}

/** Creates or updates one of the team's own articles (leads and admins), validated like shipped ones. */
export async function saveTeamArticle(
  deps: Deps,
  { principal, markdown, id }: SaveTeamArticleInput,
): Promise<{ id: string; created: boolean }> {
  requireEngineer(principal, "lead");
  const outcome = validateTeamArticle(deps, markdown, id);
  if (!outcome.ok) throw new DeckhandError("bad-input", outcome.problems.map(formatProblem).join("\n"));
  const { article } = outcome;
  if (id !== undefined && article.id !== id)
    throw new DeckhandError(
      "bad-input",
      `id: the article's id is '${id}'; create a new article to change it`,
    );
  return deps.db
    .transaction()
    .execute((trx) => storeTeamArticle(trx, deps, { article, markdown, actor: actorOf(principal), id }));
}

export interface StoreTeamArticleInput {
  /** The validated article and the Markdown it was parsed from. */
  article: TArticle;
  markdown: string;
  actor: string;
  /** The id of the article being replaced; absent to create one. */
  id?: string;
}

/**
 * Writes a validated team article in the caller's transaction (with its search entry and audit),
 * refusing to create an id that exists or to update one that does not.
 */
export async function storeTeamArticle(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { article, markdown, actor, id }: StoreTeamArticleInput,
): Promise<{ id: string; created: boolean }> {
  const existing = await trx
    .selectFrom("articles")
    .select("id")
    .where("slug", "=", article.id)
    .executeTakeFirst();
  if (id === undefined && existing)
    throw new DeckhandError("conflict", `an article '${article.id}' exists already`);
  if (id !== undefined && !existing) throw new DeckhandError("not-found", `no team article ${id}`);
  const now = nowIso(deps);
  if (existing) {
    await trx
      .updateTable("articles")
      .set({ markdown, author: actor, updated_at: now })
      .where("id", "=", existing.id)
      .execute();
  } else {
    await trx
      .insertInto("articles")
      .values({
        id: deps.ids(),
        slug: article.id,
        markdown,
        author: actor,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  await upsertSearchDoc(trx, deps, {
    kind: "article",
    refId: article.id,
    orgId: null,
    title: article.title,
    body: `${article.codes.join(" ")}\n${article.summary}\n${article.steps.join("\n")}`,
  });
  await audit(trx, deps, {
    actor,
    action: existing ? "article.updated" : "article.created",
    entityType: "article",
    entityId: article.id,
  });
  return { id: article.id, created: !existing };
}
