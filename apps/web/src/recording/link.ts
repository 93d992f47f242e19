import i18next from "i18next";
import { decodeTopology, encodeText } from "../io/share-link.js";
import type { AppStore } from "../store/app-store.js";
import { openRecordingText, showRecordingProblems } from "./open.js";
import { serializeRecording, type Recording } from "./schema.js";

/** `#rec=<url-encoded address>`: a recording file on a web server (https, or this site). */
export const URL_KEY = "rec";
/** `#recdata=<payload>`: a small recording carried by the link itself, like a share link. */
export const INLINE_KEY = "recdata";
/**
 * The longest inline payload a link carries. Browsers accept far longer URLs, but chat
 * apps and mail clients cut them; a bigger recording is better hosted as a file.
 */
export const INLINE_MAX_CHARS = 100_000;

/** The parts of the page's address a link is read from (a `URL` in tests). */
type PageAddress = Pick<Location, "hash" | "href" | "origin" | "pathname">;

export type RecordingLink = { kind: "url"; address: string } | { kind: "inline"; payload: string };

/** What a page hash says about a recording to open, if anything. */
export function recordingLinkIn(hash: string): RecordingLink | null {
  const inline = new RegExp(`[#&]${INLINE_KEY}=([A-Za-z0-9_-]+)`).exec(hash);
  if (inline?.[1]) return { kind: "inline", payload: inline[1] };
  const url = new RegExp(`[#&]${URL_KEY}=([^&]+)`).exec(hash);
  if (!url?.[1]) return null;
  try {
    return { kind: "url", address: decodeURIComponent(url[1]) };
  } catch {
    return { kind: "url", address: url[1] };
  }
}

/** The address to fetch: https anywhere, or anything on the page's own site; else null. */
export function allowedRecordingUrl(address: string, page: PageAddress): URL | null {
  let url: URL;
  try {
    url = new URL(address, page.href);
  } catch {
    return null;
  }
  return url.protocol === "https:" || url.origin === page.origin ? url : null;
}

/** A link to this page carrying the recording inline, or null when it is too big for one. */
export async function inlineRecordingUrl(
  recording: Recording,
  page: PageAddress = window.location,
): Promise<string | null> {
  const payload = await encodeText(serializeRecording(recording));
  if (payload.length > INLINE_MAX_CHARS) return null;
  return `${page.origin}${page.pathname}#${INLINE_KEY}=${payload}`;
}

/** Fetch a linked recording's text; throws an Error whose message says why in a few words. */
async function fetchText(url: URL, fetcher: typeof fetch): Promise<string> {
  const response = await fetcher(url.href, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/**
 * Open the recording the page's hash names, if any. The hash stays, so a reload (or a
 * bookmark of a hosted replay) opens it again; Exit replay removes it.
 */
export async function openRecordingLink(
  store: AppStore,
  page: PageAddress = window.location,
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<boolean> {
  const link = recordingLinkIn(page.hash);
  if (!link) return false;
  const t = i18next.t.bind(i18next);
  if (link.kind === "inline") {
    let text: string;
    try {
      text = await decodeTopology(link.payload);
    } catch {
      showRecordingProblems(store, t("exportUi.open.linked"), [
        { message: t("exportUi.open.damaged") },
      ]);
      return false;
    }
    return openRecordingText(store, t("exportUi.open.linked"), text);
  }
  const url = allowedRecordingUrl(link.address, page);
  const name = link.address.split("/").at(-1) || link.address;
  if (!url) {
    showRecordingProblems(store, name, [
      { message: t("exportUi.open.badUrl", { url: link.address }) },
    ]);
    return false;
  }
  let text: string;
  try {
    text = await fetchText(url, fetcher);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    showRecordingProblems(store, name, [
      { message: t("exportUi.open.fetchFailed", { url: url.href, reason }) },
    ]);
    return false;
  }
  return openRecordingText(store, name, text);
}

/** Remove a recording link from the address bar (leaving the replay). */
export function forgetRecordingLink(page: Location = window.location): void {
  if (recordingLinkIn(page.hash) === null) return;
  history.replaceState(null, "", page.pathname + page.search);
}
