import {
  eventParams,
  renderEventText,
  renderGatewayText,
  type EventParams,
  type RuntimeEvent,
  type TemplateSource,
} from "@zmq-playground/shared";
import type { i18n } from "i18next";

/** A language's texts by dotted id (`events.bind`), English where that language lacks one. */
function textsOf(instance: i18n, language: string): TemplateSource {
  const at = (lng: string, id: string): unknown => instance.getResource(lng, "translation", id);
  return (id) => {
    const found = at(language, id);
    if (typeof found === "string") return found;
    const english = at("en", id);
    return typeof english === "string" ? english : undefined;
  };
}

/**
 * A runtime event in the current language: its text `events.<messageId>` filled with
 * its params, or the gateway's English `message` when the event has no id (an older
 * gateway) or the page has no such text (a newer one). Rendered by the shared code
 * that also writes `message`, because ids like `bind:error` are not i18next keys.
 */
export function eventText(
  instance: i18n,
  event: RuntimeEvent,
  language: string = instance.resolvedLanguage ?? instance.language,
): string {
  if (event.messageId === undefined || event.params === undefined) return event.message;
  const text = renderEventText(event.messageId, eventParams(event), textsOf(instance, language));
  return text ?? event.message;
}

/**
 * One of the gateway's texts by its full key (`runtime.send.req-waiting`, a diagnostic's
 * `events.bind-error`) in the current language; undefined when the page has none.
 */
export function gatewayText(
  instance: i18n,
  key: string,
  params: EventParams,
  language: string = instance.resolvedLanguage ?? instance.language,
): string | undefined {
  return renderGatewayText(key, params, textsOf(instance, language));
}
