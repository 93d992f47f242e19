import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  checkTopology,
  hasErrors,
  parseTopologyText,
  type Diagnostic,
  type Topology,
} from "@zmq-playground/shared";
import { checkLimits } from "../runtime/checks.js";
import { DEFAULT_LIMITS } from "../runtime/limits.js";

/** Exit statuses of `run` and `check` (DESIGN.md, CLI). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

/** A topology file, read and validated, or why not. */
export type LoadedTopology =
  | { readonly kind: "valid"; readonly topology: Topology; readonly diagnostics: Diagnostic[] }
  | { readonly kind: "invalid"; readonly diagnostics: Diagnostic[] }
  | { readonly kind: "unreadable"; readonly message: string };

/**
 * Read, parse and validate a topology file, as a deploy would (checkTopology plus the
 * default limits), without opening a socket. Relative paths start where npm was run.
 */
export async function loadTopologyFile(file: string): Promise<LoadedTopology> {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { kind: "unreadable", message: `Cannot read ${path}: ${why}` };
  }
  const parsed = parseTopologyText(text);
  if (!parsed.ok) return { kind: "invalid", diagnostics: parsed.diagnostics };
  const diagnostics = [
    ...checkTopology(parsed.topology),
    ...checkLimits(parsed.topology, DEFAULT_LIMITS),
  ];
  if (hasErrors(diagnostics)) return { kind: "invalid", diagnostics };
  return { kind: "valid", topology: parsed.topology, diagnostics };
}

/** One line per diagnostic, for people. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const where = [d.sockets.join(", "), d.endpoint ?? d.path ?? ""].filter(Boolean).join(" ");
      return `${d.severity.padEnd(7)} ${d.code}${where ? ` (${where})` : ""}: ${d.message}\n`;
    })
    .join("");
}

/** The arguments `run` and `check` share. */
export interface CliArgs {
  readonly file: string;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly duration?: string;
}

/** FILE plus flags; a string is the reason the arguments are wrong. */
export function readCliArgs(argv: string[], withDuration: boolean): CliArgs | string {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        ...(withDuration ? { duration: { type: "string" as const } } : {}),
      },
    });
    const [file, ...extra] = positionals;
    if (file === undefined) return "Missing FILE: the topology file to read.";
    if (extra.length > 0) return `Unexpected argument "${extra[0]}".`;
    const duration = typeof values.duration === "string" ? values.duration : undefined;
    return {
      file,
      json: values.json === true,
      verbose: values.verbose === true,
      ...(duration === undefined ? {} : { duration }),
    };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * `check FILE [--json]`: validate only. Exit 0 valid (warnings allowed), 2 invalid,
 * 1 unreadable or bad arguments. With --json, stdout is one document:
 * `{ "ok": boolean, "diagnostics": [...] }`.
 */
export async function checkCommand(argv: string[]): Promise<number> {
  const args = readCliArgs(argv, false);
  if (typeof args === "string") {
    process.stderr.write(`${args}\nUsage: check FILE [--json] [--verbose]\n`);
    return EXIT_FAILURE;
  }
  const loaded = await loadTopologyFile(args.file);
  if (loaded.kind === "unreadable") {
    process.stderr.write(`${loaded.message}\n`);
    if (args.json) printJson({ ok: false, diagnostics: [], error: loaded.message });
    return EXIT_FAILURE;
  }
  const ok = loaded.kind === "valid";
  if (args.json) printJson({ ok, diagnostics: loaded.diagnostics });
  else {
    process.stdout.write(formatDiagnostics(loaded.diagnostics));
    const count = loaded.kind === "valid" ? `${loaded.topology.sockets.length} sockets` : "";
    process.stdout.write(ok ? `OK: ${count}, ready to run.\n` : "Invalid: nothing can run.\n");
  }
  return ok ? EXIT_OK : EXIT_INVALID;
}

/** One JSON document on stdout. */
export function printJson(document: unknown): void {
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}
