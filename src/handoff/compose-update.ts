import type { TTeam } from "../domain/taxonomy.ts";

/** How a receiving team is named to a customer. */
const TEAM_FOR_CUSTOMER: Record<TTeam, string> = {
  engineering: "engineering team",
  "l2-support": "specialist support team",
  security: "security team",
  account: "account team",
};

export interface HandoffUpdateInput {
  subject: string | null;
  team: string;
  /** The version the team named as containing the fix, when they named one. */
  fixedVersion: string | null;
  /** The linked issue was closed; `not_planned` when closed without a change. */
  closed: boolean;
  stateReason?: string | null;
}

/**
 * The customer update drafted when the team an escalation went to closes its issue or names the
 * version with the fix. It says what happened and what to do next, and never promises a date:
 * the team's internal discussion, links and timing stay out of it.
 */
export function composeHandoffUpdate({
  subject,
  team,
  fixedVersion,
  closed,
  stateReason,
}: HandoffUpdateInput): string {
  const who = `our ${TEAM_FOR_CUSTOMER[team as TTeam] ?? "specialist team"}`;
  const topic = subject ? ` about "${subject.replace(/\s+/g, " ").trim().slice(0, 200)}"` : "";
  const parts = [`Hello,`];
  if (fixedVersion) {
    const version = fixedVersion.replace(/^v(?=\d)/, "");
    parts.push(
      `An update on your ticket${topic}: ${who} has fixed the problem you reported, and the fix is included in version ${version}.`,
      `Upgrading to version ${version} or later should resolve it. Once you have upgraded, please let us know whether the problem is gone; we will keep this ticket open until you confirm.`,
    );
  } else if (closed && stateReason === "not_planned") {
    parts.push(
      `An update on your ticket${topic}: ${who} has finished looking into the problem you reported.`,
      "We are reviewing their findings and will follow up on this ticket with what they mean for your setup. There is nothing you need to do in the meantime.",
    );
  } else {
    parts.push(
      `An update on your ticket${topic}: ${who} has completed their work on the problem you reported.`,
      "We are checking what their change means for your setup and will follow up on this ticket with the next step. There is nothing you need to do in the meantime.",
    );
  }
  return parts.join("\n\n");
}
