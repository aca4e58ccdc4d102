import type { Transaction } from "kysely";
import type { TActionKind } from "../domain/draft.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "../service/deps.ts";

/** What a new draft rests on: the category autonomy is earned in, and the rules no level overrides. */
export interface DraftCategory {
  ticketId: string;
  actionKind: TActionKind;
  area: string | null;
  code: string | null;
  confidence: number | null;
  priority: string | null;
  /** An escalation is open or recommended for the ticket. */
  escalated: boolean;
}

/** How a new draft goes out: a person reviews it, it is sent after a hold unless someone steps in, or at once. */
export type Delivery =
  | { mode: "review"; reason: string }
  | { mode: "hold"; sendAt: Date; reason: string }
  | { mode: "send"; reason: string };

/**
 * Decides how a draft is delivered. Until autonomy has been earned every draft waits for a person.
 */
export function planDelivery(
  _trx: Transaction<Database>,
  _deps: Pick<Deps, "clock">,
  _category: DraftCategory,
): Promise<Delivery> {
  return Promise.resolve({ mode: "review", reason: "every draft is reviewed by a person" });
}
