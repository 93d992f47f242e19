/** The languages a topology can be exported to. */
export const CODEGEN_LANGUAGES = ["python", "node"] as const;
export type CodegenLanguage = (typeof CODEGEN_LANGUAGES)[number];

/** One file of an exported project, with its path relative to the project folder. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** Everything an export writes: one program per process, a README, and for Node a package.json. */
export interface GeneratedProject {
  readonly files: GeneratedFile[];
}
