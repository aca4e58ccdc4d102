/** The one error type of Deckhand: `kind` decides the exit code and HTTP status at the edge. */
export class DeckhandError extends Error {
  constructor(
    readonly kind: "bad-input" | "not-found" | "failure",
    message: string,
  ) {
    super(message);
    this.name = "DeckhandError";
  }
}

/** Exit codes of the contract: 2 for bad usage or input, 1 for a failed run. */
export function exitCodeFor(error: unknown): number {
  return error instanceof DeckhandError && error.kind !== "failure" ? 2 : 1;
}
