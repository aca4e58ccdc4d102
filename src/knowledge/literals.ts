import regjsparser, { type AstNode, type RootNode } from "regjsparser";

const { parse } = regjsparser;

/** A set of strings at least one of which occurs in every match; null when nothing is certain. */
type Requirement = string[] | null;

const MIN_LITERAL = 3;

/**
 * The literal fragments a pattern cannot match without (lower-cased): a line containing none of
 * them cannot match, so the regular expression never has to run on it. Returns null when no useful
 * fragment (three characters or more) is required.
 */
export function requiredLiterals(pattern: string, flags: string): string[] | null {
  let ast: RootNode;
  try {
    const features = { namedGroups: true, lookbehind: true, unicodePropertyEscape: true };
    ast = parse(pattern, flags.includes("u") ? "u" : "", features) as unknown as RootNode;
  } catch {
    return null;
  }
  const requirement = of(ast);
  if (!requirement || requirement.some((literal) => literal.length < MIN_LITERAL)) return null;
  return [...new Set(requirement)];
}

function strength(requirement: Requirement): number {
  return requirement ? Math.min(...requirement.map((literal) => literal.length)) : 0;
}

function best(candidates: Requirement[]): Requirement {
  let chosen: Requirement = null;
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (!chosen || strength(candidate) > strength(chosen) || (strength(candidate) === strength(chosen) && candidate.length < chosen.length))
      chosen = candidate;
  }
  return chosen;
}

function of(node: AstNode): Requirement {
  switch (node.type) {
    case "value":
      return [String.fromCodePoint(node.codePoint).toLowerCase()];
    case "alternative":
      return sequence(node.body);
    case "disjunction": {
      const branches = node.body.map(of);
      return branches.some((branch) => branch === null) ? null : branches.flatMap((branch) => branch ?? []);
    }
    case "group":
      return node.behavior === "normal" || node.behavior === "ignore" ? sequence(node.body) : null;
    case "quantifier":
      return node.min >= 1 ? of(node.body[0]) : null;
    default:
      return null;
  }
}

/** A sequence: adjacent characters join into runs; the strongest run or sub-requirement wins. */
function sequence(body: AstNode[]): Requirement {
  const candidates: Requirement[] = [];
  let run = "";
  const flush = () => {
    if (run) candidates.push([run]);
    run = "";
  };
  for (const node of body) {
    if (node.type === "value") {
      run += String.fromCodePoint(node.codePoint).toLowerCase();
    } else if (node.type === "anchor") {
      // Anchors match no characters, so the literal run continues across them.
    } else if (node.type === "group" && node.behavior !== "normal" && node.behavior !== "ignore") {
      // Lookarounds match no characters either.
    } else {
      flush();
      candidates.push(of(node));
    }
  }
  flush();
  return best(candidates);
}
