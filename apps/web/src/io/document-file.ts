import { parseTopologyText, serializeTopology, type Topology } from "@zmq-playground/shared";
import { isRecordingText, openRecordingText } from "../recording/open.js";
import type { AppStore } from "../store/app-store.js";

/** A file name from the document's title: `Pipeline: producer` -> `pipeline-producer.json`. */
export function fileNameFor(topology: Topology, extension = "json"): string {
  const slug = (topology.title ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "topology"}.${extension}`;
}

/** Offer a download of some text or a data URL, the way browsers save files. */
export function download(fileName: string, content: string | Blob): void {
  const url =
    typeof content === "string" && content.startsWith("data:")
      ? content
      : URL.createObjectURL(
          typeof content === "string" ? new Blob([content], { type: "application/json" }) : content,
        );
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  if (!url.startsWith("data:")) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export: the document in the stable format of DESIGN.md, exactly as serializeTopology writes it. */
export function exportDocument(store: AppStore, save: typeof download = download): void {
  const { topology } = store.getState();
  save(fileNameFor(topology), serializeTopology(topology));
}

/**
 * Import a file's text. A good file replaces the document (undo brings the old one
 * back); a bad one opens a dialog listing its problems and changes nothing.
 */
export function importText(store: AppStore, fileName: string, text: string): boolean {
  const result = parseTopologyText(text);
  const state = store.getState();
  if (!result.ok) {
    state.openDialog({ kind: "import-error", fileName, diagnostics: result.diagnostics });
    return false;
  }
  state.loadDocument(result.topology);
  state.showToast("loaded", { title: result.topology.title ?? fileName });
  return true;
}

/** Import a file chosen in the file chooser or dropped on the canvas: a topology, or a recording to replay. */
export async function importFile(store: AppStore, file: File): Promise<boolean> {
  const text = await file.text();
  if (isRecordingText(text)) return openRecordingText(store, file.name, text);
  return importText(store, file.name, text);
}
