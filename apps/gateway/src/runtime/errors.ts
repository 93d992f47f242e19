import { EVENT_WORDS, type EventParams } from "@zmq-playground/shared";
import { errorCode } from "../zmq/types.js";

/**
 * An error as event params: `error` is libzmq's code ("" when there is none); `detail`
 * is the library's own words, sent only when the code has no explanation in
 * EVENT_WORDS (the page words the explained ones in the reader's language).
 */
export function errorParams(error: unknown): EventParams {
  const code = errorCode(error);
  if (Object.hasOwn(EVENT_WORDS.errno, code)) return { error: code };
  return { error: code, detail: error instanceof Error ? error.message : String(error) };
}

/** Errors that mean the socket was closed under a pending operation: the loop just ends. */
export function isClosedError(error: unknown): boolean {
  const code = errorCode(error);
  return code === "EBADF" || code === "ENOTSOCK" || code === "ETERM";
}
