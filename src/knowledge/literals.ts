import regjsparser, { type AstNode, type RootNode } from "regjsparser";

const { parse } = regjsparser;

/** Strings at least one of which occurs in every match. */
type AnyOf = string[];

const MIN_LITERAL = 3;
/** Words so common in logs that a line containing them says little. */
const COMMON = new Set(
  "api app apps application applications build deploy deployment deployments release releases helm octopus argocd kubectl docker image images pod pods node nodes namespace status error errors failed failure service services server client step steps task package packages version project projects cluster the and for with from http https info warn debug true false default name type value values config".split(
    " ",
  ),
);

/**
 * Every set of literal fragments a pattern cannot match without (lower-cased): the pattern needs
 * one string of each set. Sets with a fragment under three characters are left out.
 */
export function requiredLiteralSets(pattern: string, flags: string): AnyOf[] {
  let ast: RootNode;
  try {
    const features = { namedGroups: true, lookbehind: true, unicodePropertyEscape: true };
    ast = parse(pattern, flags.includes("u") ? "u" : "", features) as unknown as RootNode;
  } catch {
    return [];
  }
  const seen = new Set<string>();
  return sets(ast)
    .filter((set) => set.every((literal) => literal.length >= MIN_LITERAL))
    .map((set) => [...new Set(set)])
    .filter((set) => {
      const key = [...set].sort().join("\u0000");
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => rarity(b) - rarity(a));
}

/** The single most selective set (see `requiredLiteralSets`), or null when there is none. */
export function requiredLiterals(pattern: string, flags: string): string[] | null {
  return requiredLiteralSets(pattern, flags)[0] ?? null;
}

/** How selective a set is: its shortest fragment's length, with common words counting little. */
export function rarity(set: AnyOf): number {
  return Math.min(...set.map((literal) => (COMMON.has(literal.trim()) ? 1 : literal.trim().length)));
}

function sets(node: AstNode): AnyOf[] {
  switch (node.type) {
    case "value":
      return [[String.fromCodePoint(node.codePoint).toLowerCase()]];
    case "alternative":
      return sequence(node.body);
    case "disjunction": {
      const branches = node.body.map((branch) => best(sets(branch)));
      return branches.some((branch) => branch === null) ? [] : [branches.flatMap((branch) => branch ?? [])];
    }
    case "group":
      return node.behavior === "normal" || node.behavior === "ignore" ? sequence(node.body) : [];
    case "quantifier":
      return node.min >= 1 ? sets(node.body[0]) : [];
    default:
      return [];
  }
}

function best(candidates: AnyOf[]): AnyOf | null {
  const usable = candidates.filter((set) => set.every((literal) => literal.length >= MIN_LITERAL));
  return usable.sort((a, b) => rarity(b) - rarity(a))[0] ?? null;
}

/** Everything in a sequence is required: adjacent characters join into runs. */
function sequence(body: AstNode[]): AnyOf[] {
  const result: AnyOf[] = [];
  let run = "";
  const flush = () => {
    if (run) result.push([run]);
    run = "";
  };
  for (const node of body) {
    if (node.type === "value") {
      run += String.fromCodePoint(node.codePoint).toLowerCase();
    } else if (node.type === "anchor" || (node.type === "group" && node.behavior !== "normal" && node.behavior !== "ignore")) {
      // Anchors and lookarounds match no characters: the run continues across them.
    } else {
      flush();
      result.push(...sets(node));
    }
  }
  flush();
  return result;
}
