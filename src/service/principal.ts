import { DeckhandError } from "../domain/errors.ts";

export type EngineerRole = "agent" | "lead" | "admin";

/** Who is calling: a support engineer (by role) or a customer organisation's integration. */
export type Principal =
  | { kind: "engineer"; role: EngineerRole; tokenId: string; engineerId: string | null }
  | { kind: "org"; orgId: string; tokenId: string };

const RANK: Record<EngineerRole, number> = { agent: 1, lead: 2, admin: 3 };

/** The organisation a principal is confined to, or null for engineers (who see all). */
export function orgScope(principal: Principal): string | null {
  return principal.kind === "org" ? principal.orgId : null;
}

/** Throws unless the principal is an engineer with at least `role`. */
export function requireEngineer(principal: Principal, role: EngineerRole = "agent"): void {
  if (principal.kind !== "engineer" || RANK[principal.role] < RANK[role])
    throw new DeckhandError("forbidden", `this action needs an engineer token with role ${role} or higher`);
}

/** A short label for the audit log. */
export function actorOf(principal: Principal): string {
  return principal.kind === "engineer"
    ? `engineer:${principal.engineerId ?? principal.tokenId}:${principal.role}`
    : `org:${principal.orgId}`;
}
