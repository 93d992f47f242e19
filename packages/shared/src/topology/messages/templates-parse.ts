/**
 * English templates of the parser's messages: why a text or file is not a topology
 * this build can open (see templates-links.ts for the syntax). Their message ids are
 * `parse.<id>` (`parse.schema.wrong-type`). `{{path, subject}}` is the JSON path of
 * the offending value (the document itself when empty) with the socket it belongs to;
 * `{{expected, expected}}` and `{{found, found}}` word a type and a value found.
 */
export const PARSE_TEMPLATES = {
  empty:
    'The text is empty. A topology is a JSON document that starts with { "format": "{{format}}", "version": {{version}}, ...',
  "bad-json": {
    at: "This is not valid JSON (line {{line}}, column {{column}}): {{reason}}. Check for a missing comma, quote or bracket near there.",
    somewhere:
      "This is not valid JSON: {{reason}}. Check for a missing comma, quote or bracket near there.",
  },
  unreadable: "This document could not be read: {{why}}",
  "not-object":
    "This is not a topology: a topology is a JSON object, but this is {{found, found}}.",
  "no-format":
    'This is not a topology file: it has no "format" field, but a topology starts with "format": "{{format}}".',
  "other-format":
    'This is not a topology file: it says "format": {{found}}, but a topology starts with "format": "{{format}}".',
  "version-missing":
    '"version" must be a whole number (this build writes {{version}}), not missing.',
  "version-not-integer":
    '"version" must be a whole number (this build writes {{version}}), not {{found}}.',
  "newer-version":
    "This file uses topology format version {{version}}, made by a newer playground; this build reads versions up to {{max}}. Update the playground to open it.",
  "older-version":
    "This file uses topology format version {{version}}, which this build cannot read: it reads version {{target}}, and can upgrade files from version {{oldest}} on.",
  "migration-failed": "Upgrading this file from format version {{from}} to {{to}} failed: {{why}}",
  schema: {
    "unknown-field": {
      "top-listed": "{{path, subject}} is not a field of a topology; the fields are {{fields}}.",
      "top-unlisted": "{{path, subject}} is not a field of a topology.",
      listed: "{{path, subject}} is not a field of {{parent}}; the fields are {{fields}}.",
      unlisted: "{{path, subject}} is not a field of {{parent}}.",
    },
    "missing-type": "{{path, subject}} is missing: it must be {{expected, expected}}.",
    "wrong-type": "{{path, subject}} must be {{expected, expected}}, not {{found, found}}.",
    "missing-choice": "{{path, subject}} is missing: it must be {{choices, or}}.",
    "wrong-choice": "{{path, subject}} must be {{choices, or}}, not {{found, found}}.",
    "missing-one-of": "{{path, subject}} is missing: it must be one of {{choices}}.",
    "wrong-one-of": "{{path, subject}} must be one of {{choices}}, not {{found, found}}.",
    "bad-id":
      "{{path, subject}} is not valid (ids are 1-64 letters, digits, '_' or '-'): found {{found, found}}.",
    "bad-format": "{{path, subject}} is not valid ({{detail}}): found {{found, found}}.",
    empty: "{{path, subject}} must not be empty.",
    "too-short": "{{path, subject}} must be at least {{min}} characters long.",
    "too-few-one": "{{path, subject}} needs at least {{min}} item.",
    "too-few": "{{path, subject}} needs at least {{min}} items.",
    "too-small": "{{path, subject}} must be at least {{min}}.",
    "not-above": "{{path, subject}} must be more than {{min}}.",
    "too-long": "{{path, subject}} is too long: at most {{max}} characters.",
    "too-many": "{{path, subject}} has too many items: at most {{max}}.",
    "too-big": "{{path, subject}} must be at most {{max}}.",
    "not-below": "{{path, subject}} must be less than {{max}}.",
    other: "{{path, subject}} is not valid: {{detail}}.",
  },
  /** The words the formats above use. */
  words: {
    /** `{{path, subject}}` with an empty path: the whole document. */
    document: "The document",
    /** A path inside a socket: the path, then the socket's id. */
    inSocket: '{{subject}} (socket "{{socket}}")',
    /** `{{expected, expected}}`: what a value must be. */
    expected: {
      string: "text",
      number: "a number",
      int: "a whole number",
      boolean: "true or false",
      array: "a list [...]",
      object: "an object {...}",
    },
    /** `{{found, found}}`: a value that is not shown as it is written. */
    found: {
      list: "a list",
      object: "an object",
      nothing: "nothing",
      null: "null",
      string: "a string",
      number: "a number",
      boolean: "a boolean",
    },
  },
};
