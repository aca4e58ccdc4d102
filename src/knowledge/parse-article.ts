import { Lexer, type Tokens } from "marked";
import { LineCounter, parseDocument } from "yaml";
import { ZArticleMeta, type TArticle } from "../domain/article.ts";
import type { KnowledgeProblem } from "./errors.ts";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

const FIELD_EXAMPLES: Record<string, string> = {
  id: "id: helm-release-operation-in-progress",
  codes: "codes: [helm.release.operation-in-progress]",
  area: "area: helm",
  signatures:
    "signatures:\n  - id: another-operation\n    pattern: 'another operation \\(install/upgrade/rollback\\) is in progress'",
  references: "references:\n  - https://helm.sh/docs/helm/helm_rollback/",
  fixtures: "fixtures:\n  - name: upgrade from CI\n    text: |\n      Error: UPGRADE FAILED: ...",
};

export type ParseOutcome =
  | { ok: true; article: TArticle }
  | { ok: false; problems: KnowledgeProblem[] };

/** Parses one article file (YAML frontmatter + Markdown body) without touching the file system. */
export function parseArticle(file: string, text: string): ParseOutcome {
  const match = FRONTMATTER.exec(text);
  if (!match?.[1]) {
    return fail(file, {
      line: 1,
      message: "expected the file to start with a YAML frontmatter block between two '---' lines",
      example: "---\nid: my-article\ntitle: ...\n---\n\n## What is happening\n...",
    });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        line: 1 + (error.linePos?.[0]?.line ?? 0),
        message: `invalid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  const parsed = ZArticleMeta.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map(String);
        const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
        const offset = node?.range?.[0];
        return {
          file,
          line: offset === undefined ? undefined : 1 + lineCounter.linePos(offset).line,
          field: path.join(".") || "(frontmatter)",
          message: issue.message,
          example: FIELD_EXAMPLES[path[0] ?? ""],
        };
      }),
    };
  }
  const body = text.slice(match[0].length);
  const sections = splitSections(body);
  const steps = numberedSteps(sections.get("how to fix") ?? "");
  const summary = (sections.get("what is happening") ?? "").trim();
  const confirm = (sections.get("how to confirm") ?? "").trim();
  const bodyLine = text.slice(0, match[0].length).split("\n").length;
  const problems: KnowledgeProblem[] = [];
  if (!summary) problems.push(missingSection(file, bodyLine, "What is happening"));
  if (steps.length === 0) problems.push(missingSection(file, bodyLine, "How to fix"));
  if (!confirm) problems.push(missingSection(file, bodyLine, "How to confirm"));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, article: { ...parsed.data, source: file, body, summary, steps, confirm } };
}

function fail(file: string, problem: Omit<KnowledgeProblem, "file">): ParseOutcome {
  return { ok: false, problems: [{ file, ...problem }] };
}

function missingSection(file: string, line: number, title: string): KnowledgeProblem {
  return {
    file,
    line,
    field: "body",
    message: `expected a '## ${title}' section${title === "How to fix" ? " with a numbered list" : ""}`,
    example:
      title === "How to fix" ? "## How to fix\n\n1. First step.\n2. Second step." : `## ${title}\n\n...`,
  };
}

/** Splits a Markdown body into its level-2 sections, keyed by lower-cased heading. */
function splitSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | undefined;
  for (const token of new Lexer().lex(body)) {
    if (token.type === "heading" && (token as Tokens.Heading).depth === 2) {
      current = (token as Tokens.Heading).text.trim().toLowerCase();
      sections.set(current, "");
    } else if (current) {
      sections.set(current, (sections.get(current) ?? "") + token.raw);
    }
  }
  return sections;
}

function numberedSteps(section: string): string[] {
  const list = new Lexer()
    .lex(section)
    .find((token): token is Tokens.List => token.type === "list" && (token as Tokens.List).ordered);
  return list ? list.items.map((item) => item.text.replace(/\s*\n\s*/g, " ").trim()) : [];
}
