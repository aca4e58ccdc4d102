import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { TArticle } from "../domain/article.ts";
import { ZTaxonomy, type TTaxonomy } from "../domain/taxonomy.ts";
import { unescapeQuotes } from "../pipeline/analyze/match-signatures.ts";
import { backtrackingRisk } from "./backtracking.ts";
import type { KnowledgeProblem } from "./errors.ts";
import { buildKnowledgeBase, compileSignature, type KnowledgeBase } from "./knowledge-base.ts";
import { parseArticle } from "./parse-article.ts";
import { parseAllCached } from "./parse-cache.ts";

/** The knowledge folder shipped with Deckhand. */
export const SHIPPED_KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge/", import.meta.url));

export interface LoadResult {
  kb: KnowledgeBase;
  problems: KnowledgeProblem[];
}

export interface LoadOptions {
  /** Also check that every fixture fires one of its article's signatures (slower; `kb lint` does). */
  checkFixtures?: boolean;
}

/** Loads and validates every article under `dir`; invalid articles are left out and reported. */
export function loadKnowledge(dir: string = SHIPPED_KNOWLEDGE_DIR, options: LoadOptions = {}): LoadResult {
  const taxonomy = ZTaxonomy.parse(JSON.parse(readFileSync(join(dir, "taxonomy.json"), "utf8")));
  const problems: KnowledgeProblem[] = [];
  const articles: TArticle[] = [];
  const sources = listMarkdown(dir).map((path) => ({
    file: relative(dir, path).split(sep).join("/"),
    text: readFileSync(path, "utf8"),
  }));
  for (const outcome of parseAllCached(sources, parseArticle)) {
    if (!outcome.ok) {
      problems.push(...outcome.problems);
      continue;
    }
    const articleProblems = checkArticle(outcome.article, taxonomy, options.checkFixtures ?? false);
    problems.push(...articleProblems);
    if (articleProblems.length === 0) articles.push(outcome.article);
  }
  problems.push(...checkUnique(articles));
  const unique = [...new Map(articles.map((article) => [article.id, article])).values()];
  const questions = loadQuestions(dir, taxonomy, problems);
  return { kb: buildKnowledgeBase(taxonomy, unique, questions), problems };
}

const ZQuestions = z.record(z.string(), z.string().min(10));

/** Reads questions.yaml: one question a fact code, every fact code of the taxonomy covered. */
function loadQuestions(dir: string, taxonomy: TTaxonomy, problems: KnowledgeProblem[]): Record<string, string> {
  const file = "questions.yaml";
  const parsed = ZQuestions.safeParse(parseYaml(readFileSync(join(dir, file), "utf8")));
  if (!parsed.success) {
    problems.push({ file, message: `expected 'fact.code: question text' lines: ${parsed.error.issues[0]?.message}` });
    return {};
  }
  for (const { fact } of taxonomy.facts) {
    if (!parsed.data[fact])
      problems.push({ file, field: fact, message: "no question for this fact code", example: `${fact}: 'Could you share ...?'` });
  }
  return parsed.data;
}

function listMarkdown(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listMarkdown(path);
      return name.endsWith(".md") && name !== "README.md" ? [path] : [];
    });
}

/** Checks what the schema alone cannot: taxonomy membership, folder, patterns and fixtures. */
export function checkArticle(article: TArticle, taxonomy: TTaxonomy, checkFixtures = true): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const file = article.source;
  const codes = new Set(taxonomy.codes.map((entry) => entry.code));
  const facts = new Set(taxonomy.facts.map((entry) => entry.fact));
  const folder = file.split("/")[0];
  if (file.includes("/") && folder !== article.area) {
    problems.push({
      file,
      field: "area",
      message: `the article is in folder '${folder}' but says area '${article.area}'`,
    });
  }
  for (const code of article.codes) {
    if (!codes.has(code))
      problems.push({ file, field: "codes", message: `'${code}' is not a code of taxonomy.md` });
  }
  for (const fact of article.facts) {
    if (!facts.has(fact))
      problems.push({ file, field: "facts", message: `'${fact}' is not a fact code of taxonomy.md` });
  }
  for (const defect of article.escalation.defects) {
    if (!facts.has(defect.fact))
      problems.push({ file, field: "escalation.defects", message: `unknown fact '${defect.fact}'` });
    if (semver.validRange(defect.affected) === null)
      problems.push({
        file,
        field: "escalation.defects",
        message: `'${defect.affected}' is not a semver range`,
        example: "affected: '>=3.18.0 <3.18.5'",
      });
    if (defect.match !== undefined) {
      try {
        new RegExp(defect.match, "i");
      } catch (error) {
        problems.push({ file, field: "escalation.defects.match", message: (error as Error).message });
      }
    }
  }
  const seen = new Set<string>();
  const compiled = [];
  for (const signature of article.signatures) {
    const field = `signatures.${signature.id}`;
    if (seen.has(signature.id))
      problems.push({ file, field, message: "signature ids must be unique within an article" });
    seen.add(signature.id);
    if (signature.code && !article.codes.includes(signature.code))
      problems.push({ file, field, message: `code '${signature.code}' is not in the article's codes` });
    const risk = backtrackingRisk(signature.pattern);
    if (risk) problems.push({ file, field, message: risk });
    try {
      compiled.push(compileSignature(article, signature));
    } catch (error) {
      problems.push({ file, field, message: `invalid pattern: ${(error as Error).message}` });
    }
  }
  for (const fixture of checkFixtures ? article.fixtures : []) {
    const lines = fixture.text.split(/\r?\n/).map(unescapeQuotes);
    if (!compiled.some((signature) => lines.some((line) => signature.regex.test(line)))) {
      problems.push({
        file,
        field: `fixtures.${fixture.name}`,
        message: "no signature of this article matches any line of the fixture",
      });
    }
  }
  return problems;
}

function checkUnique(articles: TArticle[]): KnowledgeProblem[] {
  const first = new Map<string, string>();
  const problems: KnowledgeProblem[] = [];
  for (const article of articles) {
    const other = first.get(article.id);
    if (other)
      problems.push({ file: article.source, field: "id", message: `id '${article.id}' is also used by ${other}` });
    else first.set(article.id, article.source);
  }
  return problems;
}
