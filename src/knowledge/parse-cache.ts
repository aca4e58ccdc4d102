import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParseOutcome } from "./parse-article.ts";

/** Parsing YAML and Markdown dominates start-up, so parsed articles are cached per file content. */
const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/deckhand/", import.meta.url));
/** The parser's own sources are part of the key, so changing how articles parse invalidates it. */
const PARSER_SOURCES = ["../domain/article.ts", "./parse-article.ts", "./parse-cache.ts"];

export interface SourceFile {
  file: string;
  text: string;
}

type Cache = Record<string, ParseOutcome>;

const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 32);
};

/** Parses every file, reusing cached outcomes for files whose content has not changed. */
export function parseAllCached(
  files: SourceFile[],
  parse: (file: string, text: string) => ParseOutcome,
  cacheDir: string = CACHE_DIR,
): ParseOutcome[] {
  const parser = sha(...PARSER_SOURCES.map((source) => readFileSync(new URL(source, import.meta.url))));
  const path = join(cacheDir, `articles-${parser}.json`);
  let cache: Cache = {};
  try {
    cache = JSON.parse(readFileSync(path, "utf8")) as Cache;
  } catch {
    // No cache yet, or an unreadable one: parse everything.
  }
  const fresh: Cache = {};
  let changed = false;
  const outcomes = files.map(({ file, text }) => {
    const key = sha(file, text);
    const outcome = cache[key] ?? parse(file, text);
    if (!cache[key]) changed = true;
    fresh[key] = outcome;
    return outcome;
  });
  if (changed || Object.keys(cache).length !== Object.keys(fresh).length) write(cacheDir, path, fresh);
  return outcomes;
}

function write(dir: string, path: string, cache: Cache): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(cache));
    renameSync(temporary, path);
  } catch {
    // A read-only install simply parses every time.
  }
}
