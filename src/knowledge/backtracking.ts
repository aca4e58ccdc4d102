import regjsparser, { type AstNode, type RootNode } from "regjsparser";

const { parse } = regjsparser;

/** Repetition above this many times counts as unbounded for the nesting check. */
const LARGE = 20;

const repeats = (node: AstNode): boolean =>
  node.type === "quantifier" && (node.max === undefined || node.max > LARGE);

function children(node: AstNode): AstNode[] {
  switch (node.type) {
    case "alternative":
    case "disjunction":
    case "group":
    case "quantifier":
      return node.body;
    default:
      return [];
  }
}

function containsRepeat(node: AstNode): boolean {
  return children(node).some((child) => repeats(child) || containsRepeat(child));
}

function findNested(node: AstNode): string | null {
  if (repeats(node) && containsRepeat(node))
    return `nested repetition '${node.raw}' can backtrack catastrophically; bound the inner or the outer repetition (for example [^\\n]{0,80})`;
  for (const child of children(node)) {
    const found = findNested(child);
    if (found) return found;
  }
  return null;
}

/**
 * Why a pattern could take exponential time on a hostile line, or null: a repetition that repeats
 * another repetition (`(a+)+`, `(\w+\s?)*`) is refused; bounded gaps like `[^\n]{0,80}` are fine.
 */
export function backtrackingRisk(pattern: string, flags = "u"): string | null {
  let ast: RootNode;
  try {
    const features = { namedGroups: true, lookbehind: true, unicodePropertyEscape: true };
    ast = parse(pattern, flags.includes("u") ? "u" : "", features) as unknown as RootNode;
  } catch (error) {
    return `cannot be parsed: ${(error as Error).message}`;
  }
  return findNested(ast);
}
