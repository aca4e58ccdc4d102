import { z } from "zod";

/** What a draft does for the customer; autonomy is earned per action kind. */
export const ACTION_KINDS = ["ask-info", "known-fix", "status-update", "escalation-notice"] as const;
export const ZActionKind = z.enum(ACTION_KINDS);
export type TActionKind = z.infer<typeof ZActionKind>;

/** Why the draft was written: the first triage, or one of the follow-through jobs. */
export const DRAFT_PURPOSES = [
  "triage",
  "progress-update",
  "commitment-follow-up",
  "nudge",
  "closure-notice",
  "handoff-update",
] as const;
export const ZDraftPurpose = z.enum(DRAFT_PURPOSES);
export type TDraftPurpose = z.infer<typeof ZDraftPurpose>;
