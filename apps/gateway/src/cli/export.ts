import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  CODEGEN_LANGUAGES,
  checkTopology,
  generateProject,
  hasErrors,
  parseTopologyText,
  type CodegenLanguage,
  type Diagnostic,
  type GeneratedFile,
} from "@zmq-playground/shared";
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, formatDiagnostics } from "./check.js";

const USAGE = "Usage: export FILE --lang python|node --out DIR [--force]";

interface ExportArgs {
  readonly file: string;
  readonly lang: CodegenLanguage;
  readonly out: string;
  readonly force: boolean;
}

/**
 * `export FILE --lang python|node --out DIR [--force]`: write the topology as runnable
 * programs (one per process) plus a README into DIR, creating it. Existing files are
 * never overwritten without --force. Exit 0 written, 2 the topology is invalid
 * (diagnostics on stderr, nothing written), 1 anything else (bad arguments, unreadable
 * file, files in the way, a write that failed). Paths start where npm was run.
 */
export async function exportCommand(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return EXIT_FAILURE;
  }
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const source = resolve(cwd, args.file);
  let text: string;
  try {
    text = await readFile(source, "utf8");
  } catch (error) {
    process.stderr.write(`Cannot read ${source}: ${describe(error)}\n`);
    return EXIT_FAILURE;
  }
  const parsed = parseTopologyText(text);
  const diagnostics: Diagnostic[] = parsed.ok
    ? checkTopology(parsed.topology, { allowNonLoopback: true })
    : parsed.diagnostics;
  process.stderr.write(formatDiagnostics(diagnostics));
  if (!parsed.ok || hasErrors(diagnostics)) {
    process.stderr.write("Invalid topology: nothing was written.\n");
    return EXIT_INVALID;
  }
  const outDir = resolve(cwd, args.out);
  const { files } = generateProject(parsed.topology, args.lang);
  try {
    const inTheWay = args.force ? [] : await existing(outDir, files);
    if (inTheWay.length > 0) {
      process.stderr.write(
        `${inTheWay.map((p) => `${p} already exists`).join("\n")}\nNothing was written: use --force to overwrite, or choose another --out folder.\n`,
      );
      return EXIT_FAILURE;
    }
    for (const file of files) {
      const path = join(outDir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
      process.stdout.write(`${relative(cwd, path) || path}\n`);
    }
  } catch (error) {
    process.stderr.write(`Cannot write into ${outDir}: ${describe(error)}\n`);
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

function readArgs(argv: string[]): ExportArgs | string {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
    const [file, ...extra] = positionals;
    if (file === undefined) return "Missing FILE: the topology file to export.";
    if (extra.length > 0) return `Unexpected argument "${extra[0]}".`;
    const lang = CODEGEN_LANGUAGES.find((l) => l === values.lang);
    if (lang === undefined) {
      return `--lang must be ${CODEGEN_LANGUAGES.join(" or ")}${values.lang === undefined ? "" : `, not "${values.lang}"`}.`;
    }
    if (values.out === undefined || values.out === "") return "Missing --out DIR: where to write.";
    return { file, lang, out: values.out, force: values.force === true };
  } catch (error) {
    return describe(error);
  }
}

/** The files of the project that are already in DIR (absolute paths). */
async function existing(outDir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const path = join(outDir, file.path);
    const there = await stat(path).then(
      () => true,
      () => false,
    );
    if (there) found.push(path);
  }
  return found;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
