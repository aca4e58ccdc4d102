import { ZTriageResult } from "../domain/triage-result.ts";
import { ZTeam, type TTeam } from "../domain/taxonomy.ts";
import { buildHandoff } from "../handoff/build-handoff.ts";
import { describeDestinations, type DestinationsInfo } from "../handoff/handoff-config.ts";
import { safeText } from "../handoff/render.ts";
import type { Deps } from "./deps.ts";
import { getVisibleTicketRow } from "./get-ticket.ts";
import { requireEngineer, type Principal } from "./principal.ts";

/** The longest handoff an escalation accepts (ZEscalateIn), so a preview can be sent back as is. */
export const HANDOFF_MAX = 48_000;

export interface CreateHandoffInput {
  principal: Principal;
  ticketId: string;
  /** The receiving team; defaults to the triage's recommendation, else L2 support. */
  team?: TTeam;
}

export interface HandoffPreview {
  team: TTeam;
  title: string;
  markdown: string;
  destinations: DestinationsInfo;
}

/**
 * The handoff document for a ticket, built on the server from its latest triage and conversation,
 * redacted once more and bounded: what the console previews and what an escalation sends.
 */
export async function createHandoff(
  deps: Deps,
  { principal, ticketId, team }: CreateHandoffInput,
): Promise<HandoffPreview> {
  requireEngineer(principal);
  const row = await getVisibleTicketRow(deps, principal, ticketId);
  const [triageRow, messages] = await Promise.all([
    deps.db
      .selectFrom("triage_results")
      .select("result")
      .where("ticket_id", "=", ticketId)
      .orderBy("version", "desc")
      .limit(1)
      .executeTakeFirst(),
    deps.db
      .selectFrom("messages")
      .select(["kind", "author", "body", "created_at"])
      .where("ticket_id", "=", ticketId)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
  ]);
  const parsed = triageRow ? ZTriageResult.safeParse(JSON.parse(triageRow.result)) : null;
  const triage = parsed?.success ? parsed.data : null;
  const recommended = ZTeam.safeParse(triage?.escalation.team);
  const chosen: TTeam = team ?? (recommended.success ? recommended.data : "l2-support");
  const handoff = buildHandoff({
    ticket: {
      id: row.id,
      externalId: row.external_id,
      subject: row.subject,
      org: row.org_slug,
      priority: row.priority,
      area: row.area,
    },
    triage,
    messages: messages.map((m) => ({
      kind: m.kind,
      author: m.author,
      body: m.body,
      createdAt: m.created_at,
    })),
    team: chosen,
    titleOf: (code) => deps.kb.codeTitles.get(code),
  });
  return {
    team: chosen,
    title: safeText(handoff.title, 250),
    markdown: safeText(handoff.markdown, HANDOFF_MAX),
    destinations: describeDestinations(deps.handoff),
  };
}
