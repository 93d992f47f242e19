import type { FrameSample, MessageSample } from "@zmq-playground/shared";
import type { Attribution } from "./link-record.js";

/** Bytes of each frame a sample shows; the inspector needs a glimpse, not the payload. */
export const SAMPLE_BYTES = 64;

/**
 * A received message as the runtime hands it to listeners. It keeps the first bytes of
 * each frame as they are: text and hex are made by renderSample(), only for the few
 * samples a tick really sends (a busy socket offers far more than a tick carries).
 */
export interface RuntimeSample {
  /** Monotonic per runtime. */
  readonly seq: number;
  /** Milliseconds since the topology was deployed. */
  readonly at: number;
  readonly from: string | null;
  readonly to: string;
  readonly link: string | null;
  readonly direction: MessageSample["direction"];
  /** The first SAMPLE_BYTES of each frame: the frame itself when it is no longer, else a copy. */
  readonly heads: readonly Buffer[];
  /** Each frame's real size in bytes. */
  readonly sizes: readonly number[];
}

/** Control characters but tab and newlines: shown as U+FFFD so the text stays printable. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/** One frame as the inspector shows it. */
export function renderFrame(head: Buffer, size: number): FrameSample {
  return {
    // Invalid UTF-8 already decodes to U+FFFD.
    text: head.toString("utf8").replace(CONTROL, "\ufffd"),
    hex: head.toString("hex"),
    size,
    truncated: size > head.length,
  };
}

/** The protocol's form of a sample: what a tick carries. */
export function renderSample(sample: RuntimeSample): MessageSample {
  const frames: FrameSample[] = [];
  for (let i = 0; i < sample.heads.length; i += 1) {
    const head = sample.heads[i];
    if (head !== undefined) frames.push(renderFrame(head, sample.sizes[i] ?? head.length));
  }
  return {
    seq: sample.seq,
    at: sample.at,
    from: sample.from,
    to: sample.to,
    link: sample.link,
    direction: sample.direction,
    frames,
  };
}

/**
 * What a sample keeps of a frame. A short frame is kept as is (behaviours never write
 * into received buffers); a long one is copied, so the sample does not hold a large
 * payload alive until the tick.
 */
function headOf(frame: Buffer): Buffer {
  return frame.length <= SAMPLE_BYTES ? frame : Buffer.from(frame.subarray(0, SAMPLE_BYTES));
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

/**
 * A received message as a sample: who sent it, over which link, the heads of its
 * frames. `frames` may change after this returns (a DEALER's delimiter is shifted off),
 * so the sample has arrays of its own.
 */
export function messageSample(
  seq: number,
  at: number,
  from: string | null,
  to: string,
  via: Attribution | undefined,
  frames: readonly Buffer[],
): RuntimeSample {
  const heads: Buffer[] = [];
  const sizes: number[] = [];
  for (const frame of frames) {
    heads.push(headOf(frame));
    sizes.push(frame.length);
  }
  return {
    seq,
    at,
    from,
    to,
    link: via?.link.id ?? null,
    direction: via ? (via.toBinder ? "toBinder" : "toConnector") : null,
    heads,
    sizes,
  };
}
