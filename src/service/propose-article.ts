import type { TArticle } from "../domain/article.ts";
import type { TLearnReason } from "../domain/article-draft.ts";
import type { TTaxonomy } from "../domain/taxonomy.ts";
import {
  articleBody,
  articleMarkdown,
  addSignature,
  type ProposedFixture,
} from "../knowledge/compose-article.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { findNearDuplicate } from "../knowledge/near-duplicate.ts";
import type { ProposedSignature } from "../knowledge/signature-safety.ts";
import { searchTerms } from "../knowledge/search-text.ts";

/** What was learned from one resolved ticket, already redacted and bounded. */
export interface LearnedEvidence {
  ticketId: string;
  verdict: "confirmed" | "corrected" | "unexplained";
  /** The confirmed or corrected code; null for unexplained. */
  code: string | null;
  note: string | null;
  area: string | null;
  keyLine: string;
  /** The key line with the lines around it, as the customer pasted them. */
  context: string[];
  facts: string[];
  /** The last reply sent on the ticket: the fix that worked. */
  reply: string | null;
  resolvedAt: string;
}

export interface ArticleProposal {
  kind: "article" | "suggestion";
  slug: string;
  title: string;
  area: string;
  code: string | null;
  targetArticle: string | null;
  targetOrigin: "shipped" | "team" | null;
  pattern: string | null;
  refusedPattern: string | null;
  notes: string[];
  markdown: string;
}

export interface ProposeInput {
  kb: KnowledgeBase;
  evidence: LearnedEvidence;
  reason: TLearnReason;
  signature: ProposedSignature;
  /** Ids already taken (articles and pending proposals). */
  taken: Set<string>;
  /** The Markdown of team articles, by id, to extend one in place. */
  teamMarkdown: (id: string) => Promise<string | null>;
}

const MAX_STEPS = 6;
const MAX_STEP = 400;
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b/i;
const SIGN_OFF = /^(?:thanks|thank you|many thanks|best|regards|kind regards|cheers|--|sent from)\b/i;

/** The numbered (or bulleted) steps of a reply; else its sentences, greetings and sign-off left out. */
export function stepsFromReply(reply: string): string[] {
  const all = reply.split(/\r?\n/).map((line) => line.trim());
  // A sign-off is a short line of its own ("Best regards,"); "Thanks for the logs. ..." is not.
  const end = all.findIndex((line) => line.length <= 30 && SIGN_OFF.test(line));
  const lines = (end >= 0 ? all.slice(0, end) : all).filter((line) => !GREETING.test(line));
  const listed = lines.flatMap((line) => /^(?:\d{1,2}[.)]|[-*])\s+(.+)$/.exec(line)?.[1] ?? []);
  const steps = listed.length
    ? listed
    : lines
        .filter(Boolean)
        .join(" ")
        .split(/(?<=[.!?])\s+(?=[A-Z`])/);
  return steps
    .map((step) => step.trim().slice(0, MAX_STEP))
    .filter((step) => step.length >= 3)
    .slice(0, MAX_STEPS);
}

/** The taxonomy code whose title and evidence share most words with the text, in the area first. */
export function nearestCode(taxonomy: TTaxonomy, text: string, area: string | null): string {
  const words = new Set(searchTerms(text));
  let best = { code: taxonomy.codes[0]?.code ?? "other.question.how-to", score: -1 };
  for (const entry of taxonomy.codes) {
    const shared = new Set(searchTerms(`${entry.title} ${entry.evidence}`).filter((w) => words.has(w))).size;
    const score = shared + (entry.area === area ? 0.5 : 0);
    if (score > best.score) best = { code: entry.code, score };
  }
  return best.code;
}

const unique = (base: string, taken: Set<string>) => {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
};

function slugOf(title: string): string {
  const words = title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && searchTerms(word).length > 0)
    .slice(0, 6);
  return `learned-${words.join("-") || "problem"}`.slice(0, 60).replace(/-+$/, "");
}

const excerpt = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, "")}…`;

function fixturesOf(evidence: LearnedEvidence): ProposedFixture[] {
  const fixtures = [{ name: "key error line", text: evidence.keyLine }];
  const context = evidence.context.join("\n");
  if (context.trim() && context.trim() !== evidence.keyLine.trim())
    fixtures.push({ name: "ticket evidence", text: context });
  return fixtures;
}

/**
 * Turns what a resolved ticket taught into a proposal: a suggestion to extend the existing article
 * it nearly duplicates, or a new article in the shipped format with the learned signature, the fix
 * from the resolving reply, the facts that mattered, the ticket's lines as fixtures and no
 * references yet (a person adds the page that backs the fix).
 */
export async function proposeArticle(input: ProposeInput): Promise<ArticleProposal> {
  const { kb, evidence, signature, taken } = input;
  const notes: string[] = [];
  const refusedPattern = signature.ok ? null : signature.pattern;
  if (!signature.ok)
    notes.push(
      `The signature derived from the key error line was refused (${signature.reason}); write a narrower pattern before approving.`,
    );
  const symptoms = `${evidence.note ?? ""} ${signature.template.replace(/<[a-z]+>/g, " ")}`;
  const duplicate = findNearDuplicate(kb, { code: evidence.code, text: symptoms });
  const fixtures = fixturesOf(evidence);
  if (duplicate) return suggestion(input, duplicate.article, duplicate.by, fixtures, notes, refusedPattern);
  let code = evidence.code;
  if (!code) {
    code = nearestCode(kb.taxonomy, symptoms, evidence.area);
    notes.push(
      `No taxonomy code fitted this ticket; ${code} is only the nearest by wording: set the right code before approving.`,
    );
  }
  const entry = kb.taxonomy.codes.find((c) => c.code === code);
  // A guessed code may be from another area; the ticket's own area is the better guess then.
  const area = (evidence.code ? entry?.area : evidence.area) ?? entry?.area ?? evidence.area ?? "other";
  const title = excerpt(
    evidence.note?.split(/(?<=[.;!?])\s/)[0]?.replace(/[.;!?]$/, "") ||
      `${entry?.title ?? "Learned problem"}: ${signature.template}`,
    90,
  );
  const slug = unique(slugOf(title), taken);
  let steps = evidence.reply ? stepsFromReply(evidence.reply) : [];
  if (steps.length === 0) {
    steps = ["Describe the fix here."];
    notes.push("No reply with the fix was found on the ticket: write the steps.");
  }
  notes.push("Add at least one reference: the official page that backs the fix.");
  const body = articleBody({
    summary: `${evidence.note?.trim() || entry?.title || "Describe what is happening."}\n\nIt shows up as a line like \`${excerpt(signature.template.replace(/`/g, "'"), 160)}\`.`,
    steps,
    confirm: "Run the failing step again: the error above no longer appears.",
    notes: `Learned from ticket ${evidence.ticketId}, resolved ${evidence.resolvedAt.slice(0, 10)} (${input.reason}).`,
  });
  const markdown = articleMarkdown({
    id: slug,
    title: title.length >= 5 ? title : `Learned: ${title}`,
    area,
    codes: [code],
    signatures: [{ id: "learned-line", pattern: signature.pattern, weight: 0.9 }],
    facts: evidence.facts,
    references: [],
    fixtures,
    body,
  });
  return {
    kind: "article",
    slug,
    title,
    area,
    code,
    targetArticle: null,
    targetOrigin: null,
    pattern: signature.ok ? signature.pattern : null,
    refusedPattern,
    notes,
    markdown,
  };
}

async function suggestion(
  input: ProposeInput,
  target: TArticle,
  by: "code" | "similarity",
  fixtures: ProposedFixture[],
  notes: string[],
  refusedPattern: string | null,
): Promise<ArticleProposal> {
  const { evidence, signature, taken } = input;
  const code =
    evidence.code && target.codes.includes(evidence.code) ? evidence.code : (target.codes[0] as string);
  // A generic article's signatures are weak on purpose: a learned line must not outrank causes.
  const weight = Math.min(0.9, Math.max(...target.signatures.map((s) => s.weight)));
  const entry = {
    id: "learned-line",
    pattern: signature.pattern,
    weight,
    ...(code !== target.codes[0] ? { code } : {}),
  };
  notes.unshift(
    by === "code"
      ? `An article for ${code} exists (${target.id}): this adds the ticket's error line to it.`
      : `This reads like ${target.id} ("${target.title}"): this adds the ticket's error line to it. Reject it and write a new article if the cause differs.`,
  );
  const base = {
    kind: "suggestion" as const,
    area: target.area,
    code,
    targetArticle: target.id,
    pattern: signature.ok ? signature.pattern : null,
    refusedPattern,
    notes,
  };
  const teamMarkdown = target.source.startsWith("team:") ? await input.teamMarkdown(target.id) : null;
  if (teamMarkdown)
    return {
      ...base,
      targetOrigin: "team",
      slug: target.id,
      title: target.title,
      markdown: addSignature(teamMarkdown, entry, fixtures),
    };
  // A shipped file cannot change at run time: a team article with the same cause carries the line.
  notes.push(
    `Approving saves a team article next to the shipped ${target.source}; fold its signature into that file when convenient.`,
  );
  const slug = unique(`${target.id}-team`, taken);
  const title = `${target.title} (learned signature)`;
  const markdown = articleMarkdown({
    id: slug,
    title,
    area: target.area,
    codes: target.codes,
    generic: target.generic,
    priority: target.priority,
    signatures: [entry],
    facts: target.facts,
    escalation: target.escalation,
    references: target.references,
    fixtures,
    body: target.body,
  });
  return { ...base, targetOrigin: "shipped", slug, title, markdown };
}
