/** Why an operation failed; decides the exit code and HTTP status at the edge, nowhere else. */
export type ErrorKind =
  | "bad-input"
  | "not-found"
  | "conflict"
  | "unauthorized"
  | "forbidden"
  | "too-large"
  | "too-many"
  | "failure";

/** The one error type of Deckhand. */
export class DeckhandError extends Error {
  constructor(
    readonly kind: ErrorKind,
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

const STATUS: Record<ErrorKind, number> = {
  "bad-input": 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
  "too-many": 429,
  failure: 500,
};

/** The HTTP status for an error; anything that is not a DeckhandError is a 500. */
export function httpStatusFor(error: unknown): number {
  return error instanceof DeckhandError ? STATUS[error.kind] : 500;
}
