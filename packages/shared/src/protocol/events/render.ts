import type { DiagnosticParams } from "../../topology/diagnostics.js";
import { renderTemplate, templateAt, type TemplateSource } from "../../topology/messages/render.js";
import type { RuntimeEvent } from "../telemetry.js";
import { RUNTIME_TEMPLATES, type RuntimeTemplateId } from "./runtime-templates.js";
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
  return renderGatewayText(`events.${messageId}`, params, source);
}

/**
 * One of the gateway's texts by its full key (`events.bind-error`, `runtime.send.failed`)
 * in the language `source` reads, filled with `params`; undefined when it has none.
 */
export function renderGatewayText(
  key: string,
  params: EventParams,
  source: TemplateSource,
): string | undefined {
  const template = source(key);
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

const ENGLISH = { events: EVENT_TEMPLATES, eventWords: EVENT_WORDS, runtime: RUNTIME_TEMPLATES };

/** The English event and runtime texts and their words, as a source. */
export const englishEventTexts: TemplateSource = (id) => templateAt(ENGLISH, id);

/** An event's text in English: the `message` every event carries for the CLI and logs. */
export function renderEnglishEvent(messageId: EventMessageId, params: EventParams): string {
  const text = renderEventText(messageId, params, englishEventTexts);
  if (text === undefined) throw new Error(`no English text for event "${messageId}"`);
  return text;
}

/** A runtime problem's text in English (`runtime.<id>`), for the diagnostic's `message`. */
export function renderEnglishRuntime(id: RuntimeTemplateId, params: EventParams): string {
  const text = renderGatewayText(`runtime.${id}`, params, englishEventTexts);
  if (text === undefined) throw new Error(`no English text for runtime problem "${id}"`);
  return text;
}

/**
 * Whether a diagnostic's `messageId` names one of the gateway's texts (`events.<id>` or
 * `runtime.<id>`) rather than a validator template.
 */
export function isGatewayMessageId(messageId: string): boolean {
  return messageId.startsWith("events.") || messageId.startsWith("runtime.");
}
