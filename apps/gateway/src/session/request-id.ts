import { requestIdSchema } from "@zmq-playground/shared";

/** A requestId as JSON writes it: the key, a colon, a short string without escapes. */
const REQUEST_ID = /"requestId"\s*:\s*"([^"\\]{1,64})"/g;

/**
 * The requestId of a message the connection will not handle (rate-limited), so the page
 * can match the refusal to its command. The web app writes `{...command, requestId}`,
 * so in a deploy the id comes after the whole topology. The text already passed the
 * WebSocket's maxPayload, so parsing it costs at most about what receiving it did, and
 * a top-level requestId is found wherever it sits; only text that is not JSON is
 * scanned, all of it, for the last `"requestId": "..."`.
 */
export function findRequestId(text: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return scanForRequestId(text);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const id = requestIdSchema.safeParse(Reflect.get(raw, "requestId"));
  return id.success ? id.data : null;
}

function scanForRequestId(text: string): string | null {
  let last: string | null = null;
  for (const match of text.matchAll(REQUEST_ID)) last = match[1] ?? last;
  return last;
}
