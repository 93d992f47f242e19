import {
  englishEventTexts,
  EVENT_KINDS,
  eventParams,
  kindOf,
  renderEventText,
  runtimeEventSchema,
  type RuntimeEvent,
} from "@zmq-playground/shared";

/**
 * Why the page could not show an event in every language, or null when it can: its
 * kind must be in EVENT_KINDS, its messageId of that kind, and its English `message`
 * exactly what the template says with its params.
 */
export function eventProblem(event: RuntimeEvent): string | null {
  const id = event.messageId;
  if (!(EVENT_KINDS as readonly string[]).includes(event.kind)) return `unknown kind ${event.kind}`;
  if (id === undefined || event.params === undefined) return `${event.kind} has no messageId`;
  if (kindOf(id) !== event.kind) return `${id} is not of kind ${event.kind}`;
  if (!runtimeEventSchema.safeParse(event).success) return `${id} breaks the protocol`;
  const english = renderEventText(id, eventParams(event), englishEventTexts);
  if (english !== event.message) return `${id}: "${event.message}" is not its template`;
  if (/\{\{/.test(english)) return `${id} leaves a gap: ${english}`;
  return null;
}
