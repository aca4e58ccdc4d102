import type { Kysely } from "kysely";
import type { Dialect } from "../dialect.ts";

/**
 * Escalations keep their link to where the handoff went: the GitHub issue (repository, number,
 * URL, node id, its state), whether Slack was posted, the version the receiving team named as the
 * fix, and the poll cursor. `*_attempted_at` is set before a create is sent, so a retry after an
 * unknown outcome looks for the issue it may already have created instead of opening a second one.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  const text = [
    "title",
    "github_status",
    "github_repo",
    "github_attempted_at",
    "github_issue_url",
    "github_node_id",
    "github_error",
    "slack_status",
    "slack_posted_at",
    "slack_error",
    "issue_state",
    "fixed_version",
    "comments_since",
    "synced_at",
  ];
  for (const column of text) await db.schema.alterTable("escalations").addColumn(column, "text").execute();
  await db.schema.alterTable("escalations").addColumn("github_issue_number", "integer").execute();
  await db.schema
    .createIndex("escalations_github_issue")
    .on("escalations")
    .columns(["github_repo", "github_issue_number"])
    .execute();
}
