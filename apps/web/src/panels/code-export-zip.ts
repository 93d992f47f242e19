import { generateProject, type CodegenLanguage, type Topology } from "@zmq-playground/shared";
import { fileNameFor } from "../io/document-file.js";
import { zipFiles } from "../recording/zip.js";

/** What "Download zip" saves: `<title>-python.zip`, its files in a folder of the same name. */
export function projectZip(
  topology: Topology,
  language: CodegenLanguage,
  modified = new Date(),
): { fileName: string; bytes: Uint8Array<ArrayBuffer> } {
  const folder = `${fileNameFor(topology, "zip").replace(/\.zip$/, "")}-${language}`;
  const files = generateProject(topology, language).files.map((f) => ({
    path: `${folder}/${f.path}`,
    content: f.content,
  }));
  return { fileName: `${folder}.zip`, bytes: zipFiles(files, modified) };
}
