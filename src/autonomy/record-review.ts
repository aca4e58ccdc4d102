import type { Selectable, Transaction } from "kysely";
import type { TReviewOutcome } from "../domain/autonomy.ts";
import type { TRejectReason } from "../domain/console-api.ts";
import type { TActionKind } from "../domain/draft.ts";
import { redact } from "../pipeline/redact/redact.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";
import { nowIso } from "../service/deps.ts";
import { causeOf } from "./category.ts";
import { evaluateAfterReview } from "./evaluate-category.ts";
import { measureEdit } from "./measure-edit.ts";
import { loadPolicy } from "./policy.ts";

export type ReviewInput =
  | { outcome: "approved"; draft: Selectable<Database["drafts"]>; sent: string; reviewer: string }
  | {
      outcome: "rejected";
      draft: Selectable<Database["drafts"]>;
      reason: TRejectReason;
      text?: string;
      reviewer: string;
    };

export interface RecordedReview {
  outcome: TReviewOutcome;
  editRatio: number | null;
  accepted: boolean;
}

/**
 * Records a person's review of a draft in the decision's transaction (unchanged, edited with its
 * diff and size, or rejected with the reason), then lets the category's level follow from it.
 */
export async function recordDraftReview(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  input: ReviewInput,
): Promise<RecordedReview> {
  const { draft } = input;
  const ticket = await trx
    .selectFrom("tickets")
    .select(["org_id", "area", "top_code"])
    .where("id", "=", draft.ticket_id)
    .executeTakeFirstOrThrow();
  // Drafts from before categories were kept fall back to the ticket's diagnosis.
  const legacy = draft.area === null && draft.code === null;
  const area = legacy ? ticket.area : draft.area;
  const code = legacy ? ticket.top_code : draft.code;
  const { policy } = await loadPolicy(trx);
  let outcome: TReviewOutcome = "rejected";
  let edit: ReturnType<typeof measureEdit> | null = null;
  if (input.outcome === "approved") {
    const sent = redact(input.sent).text;
    const changed = sent.trim() !== draft.body.trim();
    edit = changed ? measureEdit(draft.body, sent) : null;
    outcome = changed ? "edited" : "unchanged";
  }
  const accepted = outcome === "unchanged" || (edit !== null && edit.ratio <= policy.smallEditRatio);
  const text =
    input.outcome === "rejected"
      ? redact(input.text ?? "")
          .text.trim()
          .slice(0, 2000)
      : "";
  const key = { cause: causeOf(code, area), actionKind: draft.action_kind as TActionKind };
  await trx
    .insertInto("draft_reviews")
    .values({
      id: deps.ids(),
      draft_id: draft.id,
      ticket_id: draft.ticket_id,
      org_id: ticket.org_id,
      area,
      code,
      cause: key.cause,
      action_kind: key.actionKind,
      outcome,
      diff: edit?.diff ?? null,
      edit_ratio: edit?.ratio ?? null,
      accepted: accepted ? 1 : 0,
      reason: input.outcome === "rejected" ? input.reason : null,
      reason_text: text || null,
      reviewer: input.reviewer,
      reviewed_at: nowIso(deps),
    })
    .execute();
  await evaluateAfterReview(trx, deps, {
    key,
    outcome,
    reason: input.outcome === "rejected" ? input.reason : undefined,
    draftId: draft.id,
    actor: input.reviewer,
  });
  return { outcome, editRatio: edit?.ratio ?? null, accepted };
}
