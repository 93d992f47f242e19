import { ENDPOINT_REASONS, LINK_TEMPLATES } from "./templates-links.js";
import { PARSE_TEMPLATES } from "./templates-parse.js";
import { SOCKET_TEMPLATES } from "./templates-sockets.js";

export { ENDPOINT_REASONS, type EndpointReasonId } from "./templates-links.js";

/**
 * How list params are joined and how quoted: `{{rest}} or {{last}}` where rest is the
 * items but the last joined by `separator`. A translation changes the words, not the code.
 */
export const LIST_WORDS = {
  separator: ", ",
  or: "{{rest}} or {{last}}",
  and: "{{rest}} and {{last}}",
  quoted: '"{{value}}"',
  /** A PAIR's peer that no socket of the diagram is: a connect nobody binds. */
  outsideProgram: "an outside program at {{endpoint}}",
};

/**
 * Every validator message in English, by message id (`address-in-use.same-ipc`), plus
 * the endpoint reasons and list words they use, and the parser's messages
 * (`parse.*`). The one source of the English text: the rules and the parser render
 * `message` from it, and the web app uses it as its English resource
 * (`diagnostics.<messageId>`), beside translations of the same shape.
 */
export const DIAGNOSTIC_TEMPLATES = {
  ...LINK_TEMPLATES,
  ...SOCKET_TEMPLATES,
  parse: PARSE_TEMPLATES,
  reasons: ENDPOINT_REASONS,
  words: LIST_WORDS,
};
export type DiagnosticTemplates = typeof DIAGNOSTIC_TEMPLATES;

/** The dotted paths to the string leaves of a nested object of templates. */
type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];

/** The id of one validator message: a template of DIAGNOSTIC_TEMPLATES (not a reason or word). */
export type DiagnosticMessageId = LeafPaths<
  Omit<DiagnosticTemplates, "reasons" | "words" | "parse">
>;

/** The id of one parser message, without its `parse.` prefix (`schema.wrong-type`). */
export type ParseMessageId = LeafPaths<Omit<DiagnosticTemplates["parse"], "words">>;
