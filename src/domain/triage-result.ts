import { z } from "zod";
import { ZArea, ZCode, ZPriority } from "./taxonomy.ts";

export const ZEvidence = z.object({
  source: z.string(),
  line: z.number().int().min(1).optional(),
  text: z.string(),
});
export type TEvidence = z.infer<typeof ZEvidence>;

export const ZDiagnosis = z.object({
  code: ZCode,
  confidence: z.number().min(0).max(1),
  article: z.string().min(1),
  evidence: z.array(ZEvidence),
});
export type TDiagnosis = z.infer<typeof ZDiagnosis>;

export const ZQuestion = z.object({ fact: z.string(), text: z.string().min(10) });
export type TQuestion = z.infer<typeof ZQuestion>;

export const ZEscalation = z.object({
  recommended: z.boolean(),
  team: z.string().nullable(),
  reason: z.string().nullable(),
});
export type TEscalation = z.infer<typeof ZEscalation>;

/** The contract's triage result, version 1 (shared/contract.schema.json). */
export const ZTriageResult = z.object({
  version: z.literal(1),
  area: ZArea,
  priority: ZPriority,
  diagnoses: z.array(ZDiagnosis).max(5),
  facts: z.record(z.string(), z.string()),
  questions: z.array(ZQuestion),
  escalation: ZEscalation,
  reply: z.string().min(40),
  redactions: z.array(z.object({ kind: z.string(), count: z.number().int().min(1) })),
});
export type TTriageResult = z.infer<typeof ZTriageResult>;
