import type { TTaxonomy } from "../domain/taxonomy.ts";

const CODE_ROW = /^\| `([a-z0-9-]+(?:\.[a-z0-9-]+){2,3})` \| ([^|]+) \| (.+) \|$/;
const FACT_ROW = /^\| `([a-z0-9-]+(?:\.[a-z0-9-]+)+)` \| (.+) \|$/;
const AREA_HEADING = /^## ([a-z-]+)$/;

/** Reads the shared taxonomy's Markdown tables into areas, codes and facts. */
export function parseTaxonomyMarkdown(markdown: string): TTaxonomy {
  const taxonomy: TTaxonomy = { areas: [], codes: [], facts: [] };
  let section: "areas" | "facts" | "other" = "other";
  let area: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith("# ")) {
      section = line.startsWith("# Areas") ? "areas" : line.startsWith("# Facts") ? "facts" : "other";
      continue;
    }
    const heading = AREA_HEADING.exec(line);
    if (section === "areas" && heading?.[1]) {
      area = heading[1];
      taxonomy.areas.push(area);
      continue;
    }
    const code = CODE_ROW.exec(line);
    if (section === "areas" && area && code?.[1] && code[2] && code[3]) {
      taxonomy.codes.push({ code: code[1], area, title: code[2].trim(), evidence: code[3].trim() });
      continue;
    }
    const fact = FACT_ROW.exec(line);
    if (section === "facts" && fact?.[1] && fact[2]) {
      taxonomy.facts.push({ fact: fact[1], meaning: fact[2].trim() });
    }
  }
  return taxonomy;
}
