/**
 * The event log's texts in English: the gateway's runtime events by message id
 * (`events.bind-error`, `events.outside-peer.sender`) and the words they use. They
 * come from the shared package, so their English exists once, beside the gateway
 * that emits them.
 */
import { EVENT_TEMPLATES, EVENT_WORDS } from "@zmq-playground/shared";

export const events = EVENT_TEMPLATES;
export const eventWords = EVENT_WORDS;
