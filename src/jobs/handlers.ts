import { z } from "zod";
import { sendHeldDraft } from "../autonomy/send-held-draft.ts";
import { SEND_HELD_DRAFT_JOB } from "../service/create-draft.ts";
import { TRIAGE_JOB } from "../service/create-ticket.ts";
import { triageTicket } from "../service/triage-ticket.ts";
import {
  digestRecurring,
  DIGEST_JOB,
  storeScheduledDigest,
  ZDigestJobPayload,
} from "../service/store-scheduled-digest.ts";
import { learnFromOutcome, LEARN_JOB, ZLearnPayload } from "../service/learn-from-outcome.ts";
import { postGithubIssue, POST_GITHUB_ISSUE_JOB } from "../service/post-github-issue.ts";
import { postSlackHandoff, POST_SLACK_HANDOFF_JOB } from "../service/post-slack-handoff.ts";
import { syncHandoffs, SYNC_HANDOFFS_EVERY_MS, SYNC_HANDOFFS_JOB } from "../service/sync-handoffs.ts";
import { recomputeOpenTimers, SLA_RECOMPUTE_JOB, SLA_SWEEP_JOB, sweepSla } from "../service/sweep-sla.ts";
import { remindCommitment, REMIND_COMMITMENT_JOB } from "../service/remind-commitment.ts";
import { commitmentSweep, sweepCommitments, SWEEP_COMMITMENTS_JOB } from "../service/sweep-commitments.ts";
import type { Recurring } from "./schedule.ts";
import type { JobHandler } from "./worker.ts";

const ZTriagePayload = z.object({ ticketId: z.string(), version: z.number().int().min(1) });
const ZDraftPayload = z.object({ draftId: z.string() });
const ZEscalationPayload = z.object({ escalationId: z.string() });
const ZCommitmentPayload = z.object({ commitmentId: z.string() });
const ZSweepCommitmentsPayload = z.object({ leadMinutes: z.number().positive().optional() });

/** Every job kind and its handler; handlers must be safe to run twice. */
export const HANDLERS: Record<string, JobHandler> = {
  [TRIAGE_JOB]: (deps, payload) => triageTicket(deps, ZTriagePayload.parse(payload)),
  [DIGEST_JOB]: (deps, payload) => storeScheduledDigest(deps, ZDigestJobPayload.parse(payload)),
  [LEARN_JOB]: (deps, payload) => learnFromOutcome(deps, ZLearnPayload.parse(payload)),
  [SEND_HELD_DRAFT_JOB]: (deps, payload) => sendHeldDraft(deps, ZDraftPayload.parse(payload)),
  [POST_GITHUB_ISSUE_JOB]: (deps, payload) => postGithubIssue(deps, ZEscalationPayload.parse(payload)),
  [POST_SLACK_HANDOFF_JOB]: (deps, payload) => postSlackHandoff(deps, ZEscalationPayload.parse(payload)),
  [SYNC_HANDOFFS_JOB]: async (deps) => void (await syncHandoffs(deps)),
  [SLA_SWEEP_JOB]: async (deps) => void (await sweepSla(deps)),
  [SLA_RECOMPUTE_JOB]: async (deps) => void (await recomputeOpenTimers(deps)),
  [SWEEP_COMMITMENTS_JOB]: async (deps, payload) =>
    void (await sweepCommitments(deps, ZSweepCommitmentsPayload.parse(payload))),
  [REMIND_COMMITMENT_JOB]: (deps, payload) => remindCommitment(deps, ZCommitmentPayload.parse(payload)),
};

/** Jobs every worker schedules for itself, each period once across all workers. */
export const RECURRING: readonly Recurring[] = [
  // Weekly by default; `deckhand serve` sets the period from DECKHAND_DIGEST_EVERY.
  digestRecurring(),
  { kind: SYNC_HANDOFFS_JOB, everyMs: SYNC_HANDOFFS_EVERY_MS },
  { kind: SLA_SWEEP_JOB, everyMs: 60_000 },
  // Every minute; `deckhand serve` sets the reminder lead from DECKHAND_COMMITMENT_LEAD_MINUTES.
  commitmentSweep(),
];
