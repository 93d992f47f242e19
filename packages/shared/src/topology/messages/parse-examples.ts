import type { Diagnostic } from "../diagnostics.js";
import { migrateDocument } from "../migrations.js";
import { parseDiagnostic } from "../parse-diagnostic.js";
import { parseTopologyText } from "../parse.js";

const doc = (rest: object) => JSON.stringify({ format: "zmq-topology", version: 1, ...rest });

/** Texts that are not topologies, together raising most of the parser's messages. */
export const PARSE_EXAMPLE_TEXTS: readonly string[] = [
  "",
  '{ "format": "zmq-topology",\n  "version": 1,\n  "sockets": [',
  "x",
  "[1, 2]",
  "null",
  '"a topology"',
  "{}",
  '{ "format": "excalidraw" }',
  '{ "format": "zmq-topology" }',
  '{ "format": "zmq-topology", "version": "1" }',
  '{ "format": "zmq-topology", "version": 7 }',
  '{ "format": "zmq-topology", "version": 0 }',
  doc({ colour: "red", title: 5 }),
  doc({
    sockets: [
      { id: "a b", type: "PUBB", colour: 1 },
      { type: "PUSH", bind: [""], label: "x".repeat(201) },
      { id: "p", type: "PUSH", behavior: { send: { everyMs: -1, frames: [] } } },
      {
        id: "q",
        type: "PUSH",
        behavior: { send: { everyMs: 4_000_000, frames: Array.from({ length: 17 }, () => "f") } },
      },
      { id: "r", type: "SUB", options: { subscribe: "all" } },
      { id: "t" },
    ],
  }),
];

/**
 * One diagnostic of every parser message: the examples above, parsed, and the few
 * messages no text reaches (a failing migration, a parser bug, a schema this version
 * does not have). Tests render each in every language.
 */
export function parseExampleDiagnostics(): Diagnostic[] {
  const parsed = PARSE_EXAMPLE_TEXTS.flatMap((text) => parseTopologyText(text).diagnostics);
  const failing = migrateDocument({}, 0, [
    {
      from: 0,
      description: "breaks",
      migrate: () => {
        throw new Error("no sockets list");
      },
    },
  ]);
  const schema = (id: Parameters<typeof parseDiagnostic>[1], params = {}) =>
    parseDiagnostic("schema", id, { path: "sockets[0].label", socket: "a", ...params });
  return [
    ...parsed,
    ...(failing.ok ? [] : [failing.diagnostic]),
    parseDiagnostic("schema", "unreadable", { why: "Maximum call stack size exceeded" }),
    parseDiagnostic("schema", "schema.unknown-field.top-unlisted", { path: "colour" }, "colour"),
    schema("schema.unknown-field.unlisted", {
      path: "sockets[0].options.x",
      parent: "sockets[0].options",
    }),
    schema("schema.missing-choice", { choices: '"a", "b"' }),
    schema("schema.wrong-choice", { choices: '"a", "b"', found: '"c"' }),
    schema("schema.bad-format", { detail: "Invalid URL", found: '"x"' }),
    schema("schema.too-short", { min: 3 }),
    schema("schema.too-few", { min: 2 }),
    schema("schema.not-above", { min: 0 }),
    schema("schema.not-below", { max: 10 }),
    schema("schema.other", { detail: "Invalid input" }),
  ];
}
