/**
 * The trace trailer (ZEROMQ_NOTES §4): 16 bytes the gateway adds to messages that travel
 * between two of its own sockets, so the receiver knows which socket sent them. It never
 * reaches an outside program (see EndpointPeers and tracing.ts).
 *
 * Layout, big-endian: "zpt", a form byte, the runtime's token, the source socket's handle,
 * a message id. It goes at the end, never the front: SUB filters on frame 0 and routing
 * envelopes sit in front. Two forms:
 * - APPENDED to the last frame: the usual one. A 32-byte message stays one frame, which
 *   costs far less than a second frame (one more zmq part and one more Buffer to make on
 *   receive; measured). Single-part types and conflate links can only use this form.
 * - its OWN last frame: for large last frames (no copy of the payload) and for a ROUTER
 *   message whose only frame is the destination id.
 */
export const TRAILER_BYTES = 16;
const MAGIC = 0x7a707400; // "zpt\0"; the low byte is the form
const APPENDED = 1;
const OWN_FRAME = 2;
/** Above this size the payload is not copied: the trailer gets a frame of its own. */
const APPEND_MAX_BYTES = 1024;
/** zeromq.js copies buffers of up to 128 bytes as send() is called (outgoing_msg.cc). */
const COPIED_BY_ZEROMQ = 128;

/** No trailer on this message. */
export const NO_SOURCE = -1;
/** A trailer from another runtime: stripped, but its source means nothing here. */
export const FOREIGN_SOURCE = -2;

/**
 * Writes one socket's trailers; its buffers are reused for every message. Message ids
 * count the messages that really left: a send that failed (a timeout at the high-water
 * mark) and is tried again carries the same id, so a gap at the receiver is a message
 * lost on the way, never one that was not sent. One send at a time (SendTurns).
 */
export class TrailerWriter {
  readonly #frame = Buffer.alloc(TRAILER_BYTES);
  readonly #scratch = Buffer.alloc(COPIED_BY_ZEROMQ);
  /** A view of the scratch buffer, kept while messages keep the same size. */
  #view = this.#scratch.subarray(0, 0);
  /** The id of the last message sent with a trailer; the next one gets this plus one. */
  #msgId = 0;

  constructor(token: number, source: number) {
    this.#frame.writeUInt32BE(token >>> 0, 4);
    this.#frame.writeUInt32BE(source >>> 0, 8);
  }

  /**
   * Add the trailer to `frames` in place (the caller's array is changed; `undo` restores
   * it after send() returned). `ownFrameAllowed` is false for single-part types and
   * conflate links; `keepLast` is true when the last frame must not change (a ROUTER's
   * destination id).
   */
  apply(frames: Buffer[], ownFrameAllowed: boolean, keepLast: boolean): void {
    const last = frames.length - 1;
    const payload = frames[last];
    if (payload === undefined) return;
    if (ownFrameAllowed && (keepLast || payload.length > APPEND_MAX_BYTES)) {
      frames.push(this.#next(OWN_FRAME));
      return;
    }
    const size = payload.length + TRAILER_BYTES;
    const trailer = this.#next(APPENDED);
    if (size <= COPIED_BY_ZEROMQ) {
      // zeromq.js copies this during send(), so one scratch buffer serves every message.
      payload.copy(this.#scratch, 0);
      trailer.copy(this.#scratch, payload.length);
      if (this.#view.length !== size) this.#view = this.#scratch.subarray(0, size);
      frames[last] = this.#view;
    } else frames[last] = Buffer.concat([payload, trailer], size);
  }

  /** The message the last apply() wrote a trailer for was sent. */
  commit(): void {
    this.#msgId = (this.#msgId + 1) >>> 0;
  }

  /** The id of the last message sent with a trailer (0: none yet). */
  get lastId(): number {
    return this.#msgId;
  }

  #next(form: number): Buffer {
    this.#frame.writeUInt32BE(MAGIC | form, 0);
    this.#frame.writeUInt32BE((this.#msgId + 1) >>> 0, 12);
    return this.#frame;
  }
}

/** Where a received message's trailer is: its form, or 0 when it has none. */
function formOf(frames: readonly Buffer[]): number {
  const last = frames.length - 1;
  const frame = frames[last];
  if (frame === undefined || frame.length < TRAILER_BYTES) return 0;
  const form = frame.readUInt32BE(frame.length - TRAILER_BYTES) - MAGIC;
  if (form === APPENDED) return form;
  return form === OWN_FRAME && frame.length === TRAILER_BYTES && last > 0 ? form : 0;
}

/**
 * The sender's handle from a received message's trailer (NO_SOURCE / FOREIGN_SOURCE),
 * without touching the message: a consumer that never looks at the frames does not pay
 * for removing it.
 */
export function readTrailer(frames: readonly Buffer[], token: number): number {
  if (formOf(frames) === 0) return NO_SOURCE;
  const frame = frames[frames.length - 1];
  if (frame === undefined) return NO_SOURCE;
  const at = frame.length - TRAILER_BYTES;
  if (frame.readUInt32BE(at + 4) !== token >>> 0) return FOREIGN_SOURCE;
  return frame.readUInt32BE(at + 8);
}

/** Remove the trailer, if any, in place: the frames become what the sender's behaviour sent. */
export function removeTrailer(frames: Buffer[]): void {
  const form = formOf(frames);
  if (form === OWN_FRAME) frames.pop();
  else if (form === APPENDED) {
    const last = frames.length - 1;
    const frame = frames[last];
    if (frame) frames[last] = frame.subarray(0, frame.length - TRAILER_BYTES);
  }
}

/** The message id of a trailer readTrailer() found: its last four bytes. */
export function readMessageId(frames: readonly Buffer[]): number {
  const frame = frames[frames.length - 1];
  return frame === undefined || frame.length < 4 ? 0 : frame.readUInt32BE(frame.length - 4);
}

/** readTrailer, then removeTrailer. */
export function stripTrailer(frames: Buffer[], token: number): number {
  const source = readTrailer(frames, token);
  removeTrailer(frames);
  return source;
}
