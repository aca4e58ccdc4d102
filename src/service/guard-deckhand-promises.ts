import type { Transaction } from "kysely";
import { withoutTimePromises } from "../commitments/guard.ts";
import type { TDraftPurpose } from "../domain/draft.ts";
import type { Database } from "../store/schema.ts";
import { audit } from "./audit.ts";
import type { Deps } from "./deps.ts";
import { customerTimeZone } from "./set-time-zone.ts";

export interface GuardDeckhandPromisesInput {
  ticketId: string;
  body: string;
  /** The draft's purpose: a progress update may state the SLA's next-update time. */
  purpose?: TDraftPurpose;
  actor: string;
}

/**
 * Text Deckhand writes itself never promises a time nobody tracks: time promises are taken out
 * (a progress update keeps its SLA-backed "You will hear from us again by ..."), and the removal
 * is audited. Runs in createDraft and for Deckhand's own sends without a draft.
 */
export async function guardDeckhandPromises(
  trx: Transaction<Database>,
  deps: Pick<Deps, "clock" | "ids">,
  { ticketId, body, purpose, actor }: GuardDeckhandPromisesInput,
): Promise<string> {
  const timeZone = await customerTimeZone(trx, ticketId, "UTC");
  const guarded = withoutTimePromises(body, {
    now: deps.clock(),
    timeZone,
    allowNextUpdate: purpose === "progress-update",
  });
  if (guarded.removed.length === 0) return body;
  await audit(trx, deps, {
    actor,
    action: "draft.promises-removed",
    entityType: "ticket",
    entityId: ticketId,
    details: { purpose: purpose ?? null, removed: guarded.removed.map((c) => c.phrase) },
  });
  return guarded.body;
}
