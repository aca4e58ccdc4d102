import { z } from "zod";
import { ZArea, ZCode, ZTeam } from "./taxonomy.ts";

const ZSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase words joined by dashes");

export const ZSignature = z
  .object({
    /** Unique within the article; shown in evidence and coverage reports. */
    id: ZSlug,
    /** A JavaScript regular expression; named groups `(?<name>...)` become captures for the reply. */
    pattern: z.string().min(4),
    /** Regular-expression flags; only i, m, s and u make sense for a line-oriented matcher. */
    flags: z
      .string()
      .regex(/^[imsu]*$/, "flags may only contain i, m, s, u")
      .default("i"),
    /** `error`: text a product prints. `symptom`: how people describe the problem in prose. */
    kind: z.enum(["error", "symptom"]).default("error"),
    /** How specific the match is, from 0 (anything could print it) to 1 (only this cause does). */
    weight: z.number().min(0).max(1).default(0.8),
    /** For an article with several codes: the code this signature points at (default: the first). */
    code: ZCode.optional(),
  })
  .strict();
export type TSignature = z.infer<typeof ZSignature>;

export const ZDefect = z
  .object({
    /** Fact that holds the product's version, e.g. `version.helm`. */
    fact: z.string(),
    /** A semver range (node-semver syntax) of affected versions, e.g. ">=3.18.0 <3.18.5". */
    affected: z.string(),
    fixed: z.string().optional(),
    summary: z.string().min(10),
    /** A regular expression the ticket must also match, when the defect has a specific symptom. */
    match: z.string().optional(),
    /**
     * True when `match` narrows the defect but does not identify it alone (it has ordinary causes
     * too): then the ticket's version must be in range. Otherwise a matching ticket with no version
     * escalates as a likely known defect.
     */
    versionRequired: z.boolean().default(false),
  })
  .strict();

export const ZFixture = z
  .object({
    name: z.string().min(3),
    text: z.string().min(10),
  })
  .strict();

export const ZArticleMeta = z
  .object({
    id: ZSlug,
    title: z.string().min(5),
    area: ZArea,
    /** Root-cause codes from the taxonomy, the main one first. */
    codes: z.array(ZCode).min(1),
    /**
     * A generic article names a consequence (a script's exit code, a Helm --wait timeout) rather
     * than a cause: any specific diagnosis outranks it.
     */
    generic: z.boolean().default(false),
    /**
     * The usual priority when this is the cause and the ticket says nothing about scope: P1 or P2
     * for causes that take down a whole instance or every user (a server that cannot reach SQL).
     */
    priority: z.enum(["P1", "P2", "P3", "P4"]).optional(),
    signatures: z.array(ZSignature).min(1),
    /** Fact codes an engineer needs to confirm or fix this cause, most useful first. */
    facts: z.array(z.string()).default([]),
    escalation: z
      .object({
        team: ZTeam.default("engineering"),
        /**
         * `defect` when "it broke right after we upgraded X" usually means a product defect for this
         * cause; `expected` when upgrades cause it by design (removed APIs, renamed values).
         */
        onRegression: z.enum(["defect", "expected"]).default("defect"),
        /** Always recommend escalation when this article is the top diagnosis (security, billing). */
        always: z.boolean().default(false),
        defects: z.array(ZDefect).default([]),
      })
      .strict()
      .default({ team: "engineering", onRegression: "defect", always: false, defects: [] }),
    references: z.array(z.url()).min(1),
    fixtures: z.array(ZFixture).default([]),
  })
  .strict();
export type TArticleMeta = z.infer<typeof ZArticleMeta>;

/** An article as loaded: its frontmatter, body sections and where it came from. */
export interface TArticle extends TArticleMeta {
  source: string;
  body: string;
  summary: string;
  steps: string[];
  confirm: string;
}
