import { z } from "zod";
import { printJson, type Json } from "./print-json.js";
import {
  behaviorSchema,
  socketOptionsSchema,
  type Position,
  type ProcessSpec,
  type SocketSpec,
  type Topology,
} from "./schema.js";

/**
 * The stable, readable text of a topology: keys in a canonical order (format, version,
 * title, description, processes, sockets; in a socket id, type, label, process, bind,
 * connect, options, behavior, position), positions rounded to whole pixels, empty
 * optional fields left out, short lists and objects on one line, and a final newline.
 * Equal topologies always give equal text, so files diff cleanly and share links are stable.
 */
export function serializeTopology(topology: Topology): string {
  const doc: Record<string, Json> = { format: topology.format, version: topology.version };
  putText(doc, "title", topology.title);
  putText(doc, "description", topology.description);
  const processes = (topology.processes ?? []).map(canonicalProcess);
  if (processes.length > 0) doc.processes = processes;
  doc.sockets = topology.sockets.map(canonicalSocket);
  return `${printJson(doc)}\n`;
}

function canonicalProcess(p: ProcessSpec): Json {
  const out: Record<string, Json> = { id: p.id };
  putText(out, "label", p.label);
  if (p.position !== undefined) out.position = canonicalPosition(p.position);
  return out;
}

function canonicalSocket(s: SocketSpec): Json {
  const out: Record<string, Json> = { id: s.id, type: s.type };
  putText(out, "label", s.label);
  if (s.process !== undefined) out.process = s.process;
  if (s.bind !== undefined && s.bind.length > 0) out.bind = [...s.bind];
  if (s.connect !== undefined && s.connect.length > 0) out.connect = [...s.connect];
  const options = ordered(socketOptionsSchema, s.options ?? {});
  if (Object.keys(options).length > 0) out.options = options;
  const behavior = ordered(behaviorSchema, s.behavior ?? {});
  if (Object.keys(behavior).length > 0) out.behavior = behavior;
  if (s.position !== undefined) out.position = canonicalPosition(s.position);
  return out;
}

function canonicalPosition(p: Position): Json {
  // Sub-pixel drags would otherwise change the file on every save.
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

function putText(out: Record<string, Json>, key: string, value: string | undefined): void {
  if (value !== undefined && value !== "") out[key] = value;
}

/**
 * Copy an object with its keys in the order its schema declares them, recursively for
 * nested object schemas (a behaviour's fields), dropping undefined values.
 */
function ordered(schema: z.ZodObject, value: object): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const v: unknown = Reflect.get(value, key);
    if (v === undefined) continue;
    const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
    out[key] = inner instanceof z.ZodObject && isObject(v) ? ordered(inner, v) : toJson(v);
  }
  return out;
}

function isObject(v: unknown): v is object {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function toJson(v: unknown): Json {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return v;
  if (Array.isArray(v)) return v.map(toJson);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return null;
}
