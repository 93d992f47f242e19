import { parseTopologyText, serializeTopology, type Topology } from "@zmq-playground/shared";
import type { AppStore } from "../store/app-store.js";

const HASH_KEY = "topology";
// The first letter says how the rest is encoded, so links made without compression
// (a browser without CompressionStream) still open everywhere.
const DEFLATED = "z";
const PLAIN = "j";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Encode any text for a URL hash: deflate-raw + base64url when the browser can. */
export async function encodeText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (typeof CompressionStream === "undefined") return PLAIN + toBase64Url(bytes);
  return DEFLATED + toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")));
}

/** Encode a document for a URL hash (see `encodeText`). */
export async function encodeTopology(topology: Topology): Promise<string> {
  return encodeText(serializeTopology(topology));
}

/** The text encoded by `encodeText` (a document, a recording). Throws on a damaged link. */
export async function decodeTopology(encoded: string): Promise<string> {
  const bytes = fromBase64Url(encoded.slice(1));
  if (encoded.startsWith(PLAIN)) return new TextDecoder().decode(bytes);
  if (!encoded.startsWith(DEFLATED)) throw new Error("unknown share link encoding");
  return new TextDecoder().decode(await pipe(bytes, new DecompressionStream("deflate-raw")));
}

/** A link to this page that carries the document in its hash. */
export async function shareUrl(
  topology: Topology,
  location: Location = window.location,
): Promise<string> {
  return `${location.origin}${location.pathname}#${HASH_KEY}=${await encodeTopology(topology)}`;
}

/**
 * Open the document a share link carries, if the page was opened with one. The hash is
 * then removed, so a reload shows the autosaved work rather than the original link.
 */
export async function openShareLink(store: AppStore): Promise<void> {
  const match = new RegExp(`[#&]${HASH_KEY}=([A-Za-z0-9_-]+)`).exec(window.location.hash);
  if (!match?.[1]) return;
  history.replaceState(null, "", window.location.pathname + window.location.search);
  const state = store.getState();
  try {
    const result = parseTopologyText(await decodeTopology(match[1]));
    if (result.ok) {
      state.loadDocument(result.topology);
      state.showToast("shareLoaded");
      return;
    }
    state.openDialog({
      kind: "import-error",
      fileName: null,
      diagnostics: result.diagnostics,
    });
  } catch {
    state.showToast("shareBroken");
  }
}
