/** The console's only door to the server: the public HTTP API, with the session's CSRF token. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onSignedOut: () => void = () => undefined;

/** Remembers the CSRF token of the session (sent on every state-changing request). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session has ended. */
export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

/** Calls the API; throws an ApiError with the server's message on failure. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) {
    if (response.status === 401 && path !== "/api/v1/session") onSignedOut();
    throw new ApiError(response.status, payload.error ?? response.statusText);
  }
  return payload as T;
}

/** A query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
