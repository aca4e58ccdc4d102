import { z } from "zod";

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
export const ZArea = z.enum(AREAS);
export type TArea = z.infer<typeof ZArea>;

export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export const ZPriority = z.enum(PRIORITIES);
export type TPriority = z.infer<typeof ZPriority>;

export const TEAMS = ["engineering", "security", "l2-support", "account"] as const;
export const ZTeam = z.enum(TEAMS);
export type TTeam = z.infer<typeof ZTeam>;

export const ZCode = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+){2,3}$/, "a root-cause code looks like area.topic.problem");

export const ZTaxonomy = z.object({
  areas: z.array(z.string()),
  codes: z.array(z.object({ code: ZCode, area: z.string(), title: z.string(), evidence: z.string() })),
  facts: z.array(z.object({ fact: z.string(), meaning: z.string() })),
});
export type TTaxonomy = z.infer<typeof ZTaxonomy>;
