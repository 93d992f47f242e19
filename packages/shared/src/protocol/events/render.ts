import type { DiagnosticParams } from "../../topology/diagnostics.js";
import { renderTemplate, templateAt, type TemplateSource } from "../../topology/messages/render.js";
import type { RuntimeEvent } from "../telemetry.js";
import { EVENT_TEMPLATES, type EventMessageId } from "./templates.js";
import { EVENT_WORDS } from "./words.js";

/** The values an event's text names besides its socket and endpoint. */
export type EventParams = DiagnosticParams;

/** The kind of an event text: its message id up to the first dot. */
export function kindOf(messageId: string): string {
  const dot = messageId.indexOf(".");
  return dot < 0 ? messageId : messageId.slice(0, dot);
}

/** Everything an event's text may name: its socket and endpoint, then its params. */
export function eventParams(event: Pick<RuntimeEvent, "socket" | "endpoint" | "params">) {
  const params: EventParams = {};
  if (event.socket !== undefined) params.socket = event.socket;
  if (event.endpoint !== undefined) params.endpoint = event.endpoint;
  return { ...params, ...event.params };
}

const PLACEHOLDER = /\{\{\s*([^,}\s]+)\s*(?:,\s*([^}]+?)\s*)?\}\}/g;

/**
 * An event's text in the language `source` reads (`events.<id>`, `eventWords.*`), its
 * placeholders filled; undefined when that language has no such text.
 */
export function renderEventText(
  messageId: string,
  params: EventParams,
  source: TemplateSource,
): string | undefined {
  const template = source(`events.${messageId}`);
  if (template === undefined) return undefined;
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    switch (format?.trim().toLowerCase()) {
      case "errno":
        return explainErrno(String(value), params, source);
      case "state":
        return source(`eventWords.states.${value}`) ?? String(value);
      default:
        return String(value);
    }
  });
}

/**
 * `{{error, errno}}`: the explanation of a libzmq code with the code for reference;
 * for a code without one, the error's own `detail` (as the library said it) instead.
 */
export function explainErrno(code: string, params: EventParams, source: TemplateSource): string {
  const detail = params.detail === undefined ? undefined : String(params.detail);
  const reason = (code === "" ? undefined : source(`eventWords.errno.${code}`)) ?? detail;
  if (reason === undefined) return code;
  if (code === "") return reason;
  const explained = source("eventWords.explained") ?? "{{reason}} ({{code}})";
  return renderTemplate(explained, { reason, code }, source);
}

const ENGLISH = { events: EVENT_TEMPLATES, eventWords: EVENT_WORDS };

/** The English event texts and words, as a source. */
export const englishEventTexts: TemplateSource = (id) => templateAt(ENGLISH, id);

/** An event's text in English: the `message` every event carries for the CLI and logs. */
export function renderEnglishEvent(messageId: EventMessageId, params: EventParams): string {
  const text = renderEventText(messageId, params, englishEventTexts);
  if (text === undefined) throw new Error(`no English text for event "${messageId}"`);
  return text;
}
