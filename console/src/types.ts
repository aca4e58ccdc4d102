import type { z } from "zod";
import type { ZTicketDetail, ZTicketSummary, ZSearchHit } from "../../src/domain/api.ts";
import type { ZSlaSettings, ZSlaSettingsOut, ZSlaTimer } from "../../src/domain/sla.ts";
import type { ZAutonomyCategory, ZAutonomyList, ZAutonomyPolicyView } from "../../src/domain/autonomy.ts";
import type { ZArticleTrust, ZOutcome, ZTaxonomyCode } from "../../src/domain/outcome.ts";
import type { ZArticleDraft, ZArticleDraftSummary } from "../../src/domain/article-draft.ts";
import type {
  ZArticleCheck,
  ZArticleDetail,
  ZArticleSummary,
  ZEngineer,
  ZHandoffPreview,
  ZOverview,
  ZSession,
} from "../../src/domain/console-api.ts";
import type { ZDigest, ZDigestSummary } from "../../src/domain/digest.ts";
import type { ZCommitment, ZCommitmentStats, ZReminder } from "../../src/domain/commitment.ts";
import type { ZKnowledgeGaps } from "../../src/domain/gaps.ts";

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
export type ArticleDraftSummary = z.infer<typeof ZArticleDraftSummary>;
export type ArticleDraft = z.infer<typeof ZArticleDraft>;
export type Overview = z.infer<typeof ZOverview>;
export type KnowledgeGaps = z.infer<typeof ZKnowledgeGaps>;
export type Digest = z.infer<typeof ZDigest>;
export type DigestSummary = z.infer<typeof ZDigestSummary>;
export type HandoffPreview = z.infer<typeof ZHandoffPreview>;
export type Escalation = TicketDetail["escalations"][number];
export type Outcome = z.infer<typeof ZOutcome>;
export type ArticleTrust = z.infer<typeof ZArticleTrust>;
export type TaxonomyCode = z.infer<typeof ZTaxonomyCode>;
export type Commitment = z.infer<typeof ZCommitment>;
export type CommitmentStats = z.infer<typeof ZCommitmentStats>;
export type Reminder = z.infer<typeof ZReminder>;
export type Page<T> = { items: T[]; nextCursor: string | null };
export type SlaTimer = z.infer<typeof ZSlaTimer>;
export type SlaSettings = z.infer<typeof ZSlaSettings>;
export type SlaSettingsOut = z.infer<typeof ZSlaSettingsOut>;
export type AutonomyList = z.infer<typeof ZAutonomyList>;
export type AutonomyCategory = z.infer<typeof ZAutonomyCategory>;
export type AutonomyPolicyView = z.infer<typeof ZAutonomyPolicyView>;

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
