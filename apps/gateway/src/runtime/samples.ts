import type { FrameSample, MessageSample } from "@zmq-playground/shared";
import type { Attribution } from "./link-record.js";

/** Bytes of each frame a sample shows; the inspector needs a glimpse, not the payload. */
export const SAMPLE_BYTES = 64;

/** Control characters (but tab and newlines) become U+FFFD so the text stays printable. */
function printable(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = (code < 32 && ch !== "\t" && ch !== "\n" && ch !== "\r") || code === 127;
    out += control ? "\ufffd" : ch;
  }
  return out;
}

/** One frame, truncated for display. */
export function frameSample(frame: Buffer): FrameSample {
  const head = frame.length > SAMPLE_BYTES ? frame.subarray(0, SAMPLE_BYTES) : frame;
  return {
    // Invalid UTF-8 already decodes to U+FFFD.
    text: printable(head.toString("utf8")),
    hex: head.toString("hex"),
    size: frame.length,
    truncated: frame.length > SAMPLE_BYTES,
  };
}

/** The text of a message's frames, as `{in}` and the event log show it. */
export function messageText(frames: readonly Buffer[], from = 0): string {
  let text = "";
  for (let i = from; i < frames.length; i += 1) {
    const frame = frames[i];
    if (frame === undefined) continue;
    text += (i > from ? " " : "") + frame.toString("utf8");
  }
  return text;
}

/** A received message as the inspector shows it: who sent it, over which link, its frames. */
export function messageSample(
  seq: number,
  at: number,
  from: string | null,
  to: string,
  via: Attribution | undefined,
  frames: readonly Buffer[],
): MessageSample {
  return {
    seq,
    at,
    from,
    to,
    link: via?.link.id ?? null,
    direction: via ? (via.toBinder ? "toBinder" : "toConnector") : null,
    frames: frames.map(frameSample),
  };
}
