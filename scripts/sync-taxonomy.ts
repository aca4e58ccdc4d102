// Copies the shared taxonomy (../shared/taxonomy.md) into knowledge/taxonomy.json, so a clone
// works without shared/ beside it. Run: npx tsx scripts/sync-taxonomy.ts [path/to/taxonomy.md]
import { readFileSync, writeFileSync } from "node:fs";
import { parseTaxonomyMarkdown } from "../src/knowledge/taxonomy-markdown.ts";

const source = process.argv[2] ?? new URL("../../shared/taxonomy.md", import.meta.url).pathname;
const taxonomy = parseTaxonomyMarkdown(readFileSync(source, "utf8"));
const target = new URL("../knowledge/taxonomy.json", import.meta.url);
writeFileSync(target, JSON.stringify(taxonomy, null, 2) + "\n");
process.stdout.write(
  `wrote ${taxonomy.codes.length} codes and ${taxonomy.facts.length} facts to knowledge/taxonomy.json\n`,
);
