/** A problem in one knowledge file, with enough context to fix it without reading the loader. */
export interface KnowledgeProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  example?: string;
}

/** Formats a problem as `file:line: field: message` plus an indented example. */
export function formatProblem(problem: KnowledgeProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : "";
  const example = problem.example
    ? `\n    for example:\n${problem.example.replace(/^/gm, "      ")}`
    : "";
  return `${where}: ${field}${problem.message}${example}`;
}
