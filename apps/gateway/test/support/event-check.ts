import {
  englishEventTexts,
  EVENT_KINDS,
  eventParams,
  isGatewayMessageId,
  kindOf,
  renderEventText,
  renderGatewayText,
  runtimeEventSchema,
  type Diagnostic,
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

/**
 * Why the page could not show a diagnostic the runtime raised in every language, or
 * null: it must name one of the gateway's texts, and its `message` be that text.
 */
export function diagnosticProblem(d: Diagnostic): string | null {
  const id = d.messageId;
  if (id === undefined || !isGatewayMessageId(id)) return `"${d.message}" has no text id`;
  const english = renderGatewayText(id, d.params ?? {}, englishEventTexts);
  if (english !== d.message) return `${id}: "${d.message}" is not its template`;
  return null;
}
