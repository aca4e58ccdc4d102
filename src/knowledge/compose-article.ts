import { parseDocument, stringify } from "yaml";
import type { TArticle } from "../domain/article.ts";

/** A signature as a proposed article writes it (flags and kind keep their defaults). */
export interface ProposedSignatureEntry {
  id: string;
  pattern: string;
  weight: number;
  code?: string;
}

export interface ProposedFixture {
  name: string;
  text: string;
}

/** Everything a new article file holds, in the order the shipped files write it. */
export interface ArticleParts {
  id: string;
  title: string;
  area: string;
  codes: string[];
  generic?: boolean;
  priority?: string;
  signatures: ProposedSignatureEntry[];
  facts: string[];
  escalation?: TArticle["escalation"];
  references: string[];
  fixtures: ProposedFixture[];
  /** The Markdown body; see `articleBody`. */
  body: string;
}

const YAML_OPTIONS = { lineWidth: 0 } as const;

/** Writes an article file in the shipped format: YAML frontmatter, then the Markdown body. */
export function articleMarkdown(parts: ArticleParts): string {
  const { body, generic, priority, escalation, ...rest } = parts;
  const meta = {
    id: rest.id,
    title: rest.title,
    area: rest.area,
    codes: rest.codes,
    ...(generic ? { generic } : {}),
    ...(priority ? { priority } : {}),
    signatures: rest.signatures,
    facts: rest.facts,
    ...(escalation ? { escalation } : {}),
    references: rest.references,
    fixtures: rest.fixtures,
  };
  return `---\n${stringify(meta, YAML_OPTIONS)}---\n\n${body.trim()}\n`;
}

export interface BodyParts {
  summary: string;
  steps: string[];
  confirm: string;
  notes?: string;
}

/** The three sections every article has (plus Notes), each step on one numbered line. */
export function articleBody({ summary, steps, confirm, notes }: BodyParts): string {
  const list = steps.map((step, index) => `${index + 1}. ${step.replace(/\s*\n\s*/g, " ").trim()}`);
  const sections = [
    `## What is happening\n\n${summary.trim()}`,
    `## How to fix\n\n${list.join("\n")}`,
    `## How to confirm\n\n${confirm.trim()}`,
  ];
  if (notes?.trim()) sections.push(`## Notes\n\n${notes.trim()}`);
  return sections.join("\n\n");
}

/**
 * Adds a signature and fixtures to an existing article's Markdown, keeping the rest of the file
 * (comments, order, body) as it was. The signature id is made unique within the article.
 */
export function addSignature(
  markdown: string,
  signature: ProposedSignatureEntry,
  fixtures: ProposedFixture[],
): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
  if (!match) throw new Error("the article has no frontmatter");
  const doc = parseDocument(match[1] ?? "");
  const existing = (doc.toJS() as { signatures?: { id?: string }[]; fixtures?: { name?: string }[] }) ?? {};
  const ids = new Set((existing.signatures ?? []).map((entry) => entry.id));
  let id = signature.id;
  for (let n = 2; ids.has(id); n++) id = `${signature.id}-${n}`;
  doc.addIn(["signatures"], doc.createNode({ ...signature, id }));
  const names = new Set((existing.fixtures ?? []).map((entry) => entry.name));
  for (const fixture of fixtures) {
    let name = fixture.name;
    for (let n = 2; names.has(name); n++) name = `${fixture.name} ${n}`;
    names.add(name);
    doc.addIn(["fixtures"], doc.createNode({ ...fixture, name }));
  }
  return `---\n${doc.toString(YAML_OPTIONS)}---\n${markdown.slice(match[0].length)}`;
}
