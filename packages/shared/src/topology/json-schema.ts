import { z } from "zod";
import { TOPOLOGY_FORMAT, TOPOLOGY_VERSION, topologySchema } from "./schema.js";

/**
 * The schema's identity. A URN rather than a URL: the project has no web address to
 * serve it from, and a URL that does not resolve would mislead tools that fetch `$id`.
 */
export const TOPOLOGY_SCHEMA_ID = `urn:zmq-playground:schema:topology:${TOPOLOGY_VERSION}`;

/**
 * The JSON Schema (draft 2020-12) of the topology format, generated from the zod schema
 * so the two cannot drift. Other tools validate exported files with it; the committed
 * copy is packages/shared/topology.schema.json (`pnpm run gen:schema` rewrites it).
 */
export function topologyJsonSchema(): Record<string, unknown> {
  const generated: Record<string, unknown> = { ...z.toJSONSchema(topologySchema) };
  // Keep `$schema` first and the identity right after it, as JSON Schema files usually do.
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: TOPOLOGY_SCHEMA_ID,
    title: `ZeroMQ playground topology, format version ${TOPOLOGY_VERSION}`,
    description: `A ZeroMQ topology for zmq-playground ("format": "${TOPOLOGY_FORMAT}"): sockets with their types, bind and connect endpoints, options and behaviours. Links are not stored: one exists wherever a connect endpoint equals a bind endpoint. This schema checks the shape only; the playground's validator also checks peer types, endpoints and behaviours.`,
    ...rest,
  };
}

/** The exact text of topology.schema.json. */
export function topologyJsonSchemaText(): string {
  return `${JSON.stringify(topologyJsonSchema(), null, 2)}\n`;
}
