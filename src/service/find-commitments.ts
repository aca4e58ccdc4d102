import type { Kysely } from "kysely";
import type { TCommitment } from "../domain/commitment.ts";
import type { Database } from "../store/schema.ts";
import type { Deps } from "./deps.ts";
import { requireEngineer, type Principal } from "./principal.ts";

export interface FindCommitmentsInput {
  principal: Principal;
  status?: TCommitment["status"];
  ticketId?: string;
  /** An engineer id, `deckhand`, or `me`. */
  owner?: string;
  limit?: number;
}

/** Promises made to customers, soonest due first (event promises last); engineers only. */
export async function findCommitments(
  deps: Pick<Deps, "db">,
  { principal, status, ticketId, owner, limit = 100 }: FindCommitmentsInput,
): Promise<{ items: TCommitment[] }> {
  requireEngineer(principal);
  const ownerId =
    owner === "me" && principal.kind === "engineer" ? (principal.engineerId ?? principal.tokenId) : owner;
  return { items: await selectCommitments(deps.db, { status, ticketId, owner: ownerId, limit }) };
}

/** A ticket's promises, for its detail page. */
export function ticketCommitments(db: Kysely<Database>, ticketId: string): Promise<TCommitment[]> {
  return selectCommitments(db, { ticketId, limit: 200 });
}

async function selectCommitments(
  db: Kysely<Database>,
  filter: { status?: string; ticketId?: string; owner?: string; limit: number },
): Promise<TCommitment[]> {
  let query = db
    .selectFrom("commitments")
    .innerJoin("tickets", "tickets.id", "commitments.ticket_id")
    .leftJoin("engineers", "engineers.id", "commitments.owner")
    .selectAll("commitments")
    .select(["tickets.subject as ticket_subject", "engineers.name as owner_name"]);
  if (filter.status) query = query.where("commitments.status", "=", filter.status as TCommitment["status"]);
  if (filter.ticketId) query = query.where("commitments.ticket_id", "=", filter.ticketId);
  if (filter.owner) query = query.where("commitments.owner", "=", filter.owner);
  const rows = await query
    // Portable "nulls last": event promises (no due time) after every timed one.
    .orderBy((eb) => eb.case().when("commitments.due_at", "is", null).then(1).else(0).end())
    .orderBy("commitments.due_at")
    .orderBy("commitments.created_at")
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    ticketId: row.ticket_id,
    ticketSubject: row.ticket_subject,
    messageId: row.message_id,
    owner: row.owner,
    ownerName: row.owner === "deckhand" ? "Deckhand" : row.owner_name,
    team: row.team,
    text: row.text,
    phrase: row.phrase,
    kind: row.kind,
    condition: row.condition,
    dueAt: row.due_at,
    timeZone: row.time_zone,
    confidence: Number(row.confidence),
    backedBy: row.backed_by,
    status: row.status,
    remindedAt: row.reminded_at,
    keptAt: row.kept_at,
    settledAt: row.settled_at,
    createdAt: row.created_at,
  }));
}
