import type { Topology } from "../topology/schema.js";
import { fileStems } from "./names.js";
import { nodePackageJson, nodeProgram } from "./node/program.js";
import { planProject } from "./plan.js";
import { pythonProgram } from "./python/program.js";
import { projectReadme } from "./readme.js";
import type { CodegenLanguage, GeneratedFile, GeneratedProject } from "./types.js";

/** The file extension of a program in each language. */
export const PROGRAM_EXTENSION: Readonly<Record<CodegenLanguage, string>> = {
  python: ".py",
  node: ".mjs",
};

/**
 * Turn a topology into a project a student can run without the playground: one program
 * per process (sockets of one process share a program; a socket without a process is a
 * program of its own), named after the process or socket id, plus a README that says
 * what each program does and in which order to start them. Pure: returns the files'
 * contents; the caller writes them. Programs follow the topology as written (endpoints,
 * options, behaviours) and print each message they send or receive, then one line
 * `summary <socket> sent=N received=M` per socket when they finish.
 */
export function generateProject(topology: Topology, lang: CodegenLanguage): GeneratedProject {
  const plan = planProject(topology);
  const stems = fileStems(
    plan.programs.map((p) => p.id),
    lang,
  );
  const fileOf = (id: string) => `${stems.get(id) ?? id}${PROGRAM_EXTENSION[lang]}`;
  const programs: GeneratedFile[] = plan.programs.map((program) => {
    const path = fileOf(program.id);
    const content =
      lang === "python" ? pythonProgram(program, plan, path) : nodeProgram(program, plan, path);
    return { path, content };
  });
  const extra: GeneratedFile[] =
    lang === "node" ? [{ path: "package.json", content: nodePackageJson(topology) }] : [];
  return {
    files: [
      { path: "README.md", content: projectReadme(plan, lang, fileOf) },
      ...programs,
      ...extra,
    ],
  };
}
