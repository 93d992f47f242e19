import type { Diagnostic, DiagnosticParams } from "./diagnostics.js";
import { renderEnglish } from "./messages/render.js";
import { TOPOLOGY_VERSION } from "./schema.js";

/** A JSON object as read from a file, before the schema has vouched for it. */
export type JsonObject = { [key: string]: unknown };

/**
 * One upgrade step, from `from` to `from + 1`. A migration only reshapes the document;
 * the runner sets the new `version`, and the schema checks the result.
 */
export interface Migration {
  readonly from: number;
  /** What changed, for the changelog and for people reading old files. */
  readonly description: string;
  readonly migrate: (document: JsonObject) => JsonObject;
}

/**
 * Every step from an older format version to the current one. Version 1 is the first
 * published version, so there is nothing to upgrade yet: when version 2 arrives, add
 * `{ from: 1, ... }` here and a test with a real version-1 file.
 */
export const TOPOLOGY_MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { readonly ok: true; readonly document: JsonObject }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/**
 * Bring a document of an older `version` up to `target`, one numbered step at a time.
 * Never throws: a missing step or a failing migration becomes an "unsupported-version"
 * diagnostic, so an old file is either fully upgraded or refused, never half-loaded.
 */
export function migrateDocument(
  document: JsonObject,
  version: number,
  migrations: readonly Migration[] = TOPOLOGY_MIGRATIONS,
  target: number = TOPOLOGY_VERSION,
): MigrationResult {
  let current = document;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined) {
      return refuse("parse.older-version", {
        version,
        target,
        oldest: oldest(migrations, target),
      });
    }
    try {
      current = { ...step.migrate(current), version: v + 1 };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return refuse("parse.migration-failed", { from: v, to: v + 1, why });
    }
  }
  return { ok: true, document: current };
}

function oldest(migrations: readonly Migration[], target: number): number {
  let v = target;
  while (migrations.some((m) => m.from === v - 1)) v--;
  return v;
}

function refuse(
  messageId: "parse.older-version" | "parse.migration-failed",
  params: DiagnosticParams,
): MigrationResult {
  return {
    ok: false,
    diagnostic: {
      severity: "error",
      code: "unsupported-version",
      message: renderEnglish(messageId, params),
      messageId,
      params,
      sockets: [],
      path: "version",
    },
  };
}
