import type { RuntimeEvent } from "@zmq-playground/shared";
import type { LiveTarget } from "./live-target.js";

export type EventLevel = RuntimeEvent["level"];
export const EVENT_LEVELS: readonly EventLevel[] = ["info", "warning", "error"];

/** How many events the log lists at most; the store keeps more. */
export const EVENT_LIMIT = 200;

export interface EventFilter {
  levels: ReadonlySet<EventLevel>;
  /** Matched case-insensitively against the text, kind, socket and endpoint. */
  text: string;
}

/** An event's text as the log shows it (in the reader's language). */
export type EventTextOf = (event: RuntimeEvent) => string;
const gatewayText: EventTextOf = (event) => event.message;

export const ALL_EVENTS: EventFilter = { levels: new Set(EVENT_LEVELS), text: "" };

/**
 * Whether an event concerns the target. A link's events are its connector's monitor
 * events on that endpoint, and its binder's on the same endpoint (accept, disconnect).
 */
export function eventConcerns(event: RuntimeEvent, target: LiveTarget): boolean {
  switch (target.kind) {
    case "socket":
      return event.socket === target.id;
    case "link":
      return (
        event.endpoint === target.endpoint &&
        (event.socket === target.connector ||
          (target.binder !== null && event.socket === target.binder))
      );
    case "process":
      return event.socket !== undefined && target.sockets.includes(event.socket);
    case "all":
      return true;
  }
}

function matchesText(event: RuntimeEvent, needle: string, textOf: EventTextOf): boolean {
  if (needle === "") return true;
  const haystack = [textOf(event), event.kind, event.socket ?? "", event.endpoint ?? ""];
  return haystack.some((s) => s.toLowerCase().includes(needle));
}

/**
 * The target's events that pass the filter, newest first, at most `limit`. The text
 * filter reads what `textOf` shows (the gateway's English by default).
 */
export function eventsFor(
  events: readonly RuntimeEvent[],
  target: LiveTarget,
  filter: EventFilter = ALL_EVENTS,
  limit = EVENT_LIMIT,
  textOf: EventTextOf = gatewayText,
): RuntimeEvent[] {
  const needle = filter.text.trim().toLowerCase();
  const found: RuntimeEvent[] = [];
  for (let i = events.length - 1; i >= 0 && found.length < limit; i -= 1) {
    const event = events[i];
    if (!event || !filter.levels.has(event.level)) continue;
    if (eventConcerns(event, target) && matchesText(event, needle, textOf)) found.push(event);
  }
  return found;
}
