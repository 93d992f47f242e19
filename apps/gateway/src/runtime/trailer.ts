/**
 * The trace trailer (ZEROMQ_NOTES §4): 16 bytes the gateway appends to messages that
 * travel between two of its own sockets, so the receiver knows which socket sent them.
 * Layout, big-endian: magic "zpt\x01", runtime token, source socket handle, message id.
 * It is appended, never prepended: SUB filters on frame 0 and envelopes sit in front.
 * Multipart types carry it as an extra last frame; single-part types (and conflate
 * links) carry it at the end of the payload. It never reaches an outside program.
 */
export const TRAILER_BYTES = 16;
const MAGIC = 0x7a707401;

/** No trailer on this message. */
export const NO_SOURCE = -1;
/** A trailer from another runtime: stripped, but its source means nothing here. */
export const FOREIGN_SOURCE = -2;

/**
 * Writes one socket's trailers. zeromq.js copies buffers of up to 128 bytes when send()
 * is called (outgoing_msg.cc), so a single buffer per socket is reused for every message.
 */
export class TrailerWriter {
  readonly #frame = Buffer.alloc(TRAILER_BYTES);
  #msgId = 0;

  constructor(token: number, source: number) {
    this.#frame.writeUInt32BE(MAGIC, 0);
    this.#frame.writeUInt32BE(token >>> 0, 4);
    this.#frame.writeUInt32BE(source >>> 0, 8);
  }

  /** The trailer frame for the next message (valid until the next call). */
  next(): Buffer {
    this.#msgId = (this.#msgId + 1) >>> 0;
    this.#frame.writeUInt32BE(this.#msgId, 12);
    return this.#frame;
  }

  /** A copy of `payload` with the next trailer at its end (single-part messages). */
  append(payload: Buffer): Buffer {
    return Buffer.concat([payload, this.next()], payload.length + TRAILER_BYTES);
  }
}

function sourceAt(buffer: Buffer, offset: number, token: number): number {
  if (buffer.readUInt32BE(offset) !== MAGIC) return NO_SOURCE;
  if (buffer.readUInt32BE(offset + 4) !== token >>> 0) return FOREIGN_SOURCE;
  return buffer.readUInt32BE(offset + 8);
}

/**
 * Remove the trailer from a received message, in place, and return the sender's handle
 * (or NO_SOURCE / FOREIGN_SOURCE). Both forms are checked: a socket may hear multipart
 * and single-part senders.
 */
export function stripTrailer(frames: Buffer[], token: number): number {
  const count = frames.length;
  const last = frames[count - 1];
  if (last === undefined) return NO_SOURCE;
  if (count > 1 && last.length === TRAILER_BYTES) {
    const source = sourceAt(last, 0, token);
    if (source !== NO_SOURCE) {
      frames.pop();
      return source;
    }
  }
  if (count === 1 && last.length >= TRAILER_BYTES) {
    const source = sourceAt(last, last.length - TRAILER_BYTES, token);
    if (source !== NO_SOURCE) frames[0] = last.subarray(0, last.length - TRAILER_BYTES);
    return source;
  }
  return NO_SOURCE;
}
