export { generateProject, PROGRAM_EXTENSION } from "./generate.js";
export { CODEGEN_LANGUAGES } from "./types.js";
export type { CodegenLanguage, GeneratedFile, GeneratedProject } from "./types.js";
