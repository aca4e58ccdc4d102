import { z } from "zod";
import { TRIAGE_JOB } from "../service/create-ticket.ts";
import { triageTicket } from "../service/triage-ticket.ts";
import type { Recurring } from "./schedule.ts";
import type { JobHandler } from "./worker.ts";

const ZTriagePayload = z.object({ ticketId: z.string(), version: z.number().int().min(1) });

/** Every job kind and its handler; handlers must be safe to run twice. */
export const HANDLERS: Record<string, JobHandler> = {
  [TRIAGE_JOB]: (deps, payload) => triageTicket(deps, ZTriagePayload.parse(payload)),
};

/** Jobs every worker schedules for itself, each period once across all workers. */
export const RECURRING: readonly Recurring[] = [];
