/** Why a call to GitHub or Slack failed; `retryable` says whether trying again can help. */
export class DestinationError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = "DestinationError";
  }
}

const TIMEOUT_MS = 15_000;

/**
 * One HTTP call with a timeout. Failures become DestinationErrors whose message names the
 * destination and status but never the URL or headers (the Slack URL and the token are secrets).
 */
export async function call(
  destination: string,
  url: string,
  init: RequestInit,
): Promise<{ status: number; headers: Headers; text: string }> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError" ? "timed out" : "could not be reached";
    throw new DestinationError(`${destination} ${reason}`, true);
  }
  const text = (await response.text()).slice(0, 2_000_000);
  return { status: response.status, headers: response.headers, text };
}

/** 429, 5xx and an exhausted rate limit are worth retrying; other 4xx answers are not. */
export function isRetryable(status: number, headers: Headers): boolean {
  return status === 429 || status >= 500 || (status === 403 && headers.get("x-ratelimit-remaining") === "0");
}

/** A short, secret-free description of an error answer. */
export function describeFailure(destination: string, status: number, text: string, headers: Headers): string {
  let detail = text;
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === "string") detail = parsed.message;
  } catch {
    // Slack answers in plain text ("invalid_payload").
  }
  const retryAfter = headers.get("retry-after");
  const wait = retryAfter ? ` (retry after ${retryAfter.slice(0, 10)} s)` : "";
  return `${destination} answered ${status}: ${detail.replace(/\s+/g, " ").slice(0, 200)}${wait}`;
}
