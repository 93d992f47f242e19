/**
 * The gateway's texts in English: its runtime events by message id
 * (`events.bind-error`, `events.outside-peer.sender`), the words they use, and the
 * problems it raises while running (`runtime.*`, diagnostics and refused sends). They
 * come from the shared package, so their English exists once, beside the gateway
 * that emits them.
 */
import { EVENT_TEMPLATES, EVENT_WORDS, RUNTIME_TEMPLATES } from "@zmq-playground/shared";

export const events = EVENT_TEMPLATES;
export const eventWords = EVENT_WORDS;
/** Other problems the gateway raises while running (`runtime.send.req-waiting`). */
export const runtime = RUNTIME_TEMPLATES;
