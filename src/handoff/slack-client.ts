import { call, DestinationError, describeFailure, isRetryable } from "./http.ts";

/**
 * Posts a message to a Slack incoming webhook. Slack answers 200 with `ok`; 400 `invalid_payload`,
 * 403 and 404 `no_service` mean retrying cannot help; 429 (with Retry-After) and 5xx can.
 */
export async function postToSlack(
  webhookUrl: string,
  message: { text: string; blocks: unknown[] },
): Promise<void> {
  const answer = await call("Slack", webhookUrl, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", "user-agent": "deckhand" },
    body: JSON.stringify(message),
  });
  if (answer.status === 200) return;
  throw new DestinationError(
    describeFailure("Slack", answer.status, answer.text, answer.headers),
    isRetryable(answer.status, answer.headers),
    answer.status,
  );
}
