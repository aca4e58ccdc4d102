import type { z } from "zod";
import type { ZTicketDetail, ZTicketSummary, ZSearchHit } from "../../src/domain/api.ts";
import type {
  ZArticleCheck,
  ZArticleDetail,
  ZArticleSummary,
  ZEngineer,
  ZOverview,
  ZSession,
} from "../../src/domain/console-api.ts";

// The console's types come from the server's zod schemas (type-only: no zod in the bundle).
export type TicketSummary = z.infer<typeof ZTicketSummary>;
export type TicketDetail = z.infer<typeof ZTicketDetail>;
export type Triage = NonNullable<TicketDetail["triage"]>;
export type Diagnosis = Triage["diagnoses"][number];
export type SearchHit = z.infer<typeof ZSearchHit>;
export type Session = z.infer<typeof ZSession>;
export type Engineer = z.infer<typeof ZEngineer>;
export type ArticleSummary = z.infer<typeof ZArticleSummary>;
export type ArticleDetail = z.infer<typeof ZArticleDetail>;
export type ArticleCheck = z.infer<typeof ZArticleCheck>;
export type Overview = z.infer<typeof ZOverview>;
export type Page<T> = { items: T[]; nextCursor: string | null };

export const AREAS = [
  "octopus",
  "tentacle",
  "codefresh",
  "argocd",
  "helm",
  "kubernetes",
  "docker-registry",
  "git",
  "cloud-auth",
  "tls",
  "network",
  "other",
] as const;
export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export const STATUSES = [
  "new",
  "triaged",
  "awaiting_approval",
  "awaiting_customer",
  "in_progress",
  "escalated",
  "resolved",
  "closed",
] as const satisfies readonly TicketSummary["status"][];
export const TEAMS = ["l2-support", "engineering", "security", "account"] as const;
export const REJECT_REASONS = [
  ["wrong-diagnosis", "Wrong diagnosis"],
  ["wrong-fix", "Wrong fix"],
  ["tone", "Tone"],
  ["missing-information", "Missing information"],
  ["should-escalate", "Should escalate"],
  ["other", "Other"],
] as const;
