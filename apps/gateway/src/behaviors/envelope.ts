/** The empty delimiter frame between a routing envelope and the body. */
export const DELIMITER = Buffer.alloc(0);

/** A routed message split in two. */
export interface Enveloped {
  readonly envelope: Buffer[];
  readonly body: Buffer[];
}

/**
 * Split what a ROUTER (identityFrames 1) or DEALER (0) received into the routing
 * envelope, which a reply must carry back unchanged, and the body. The envelope runs up
 * to and including the first empty frame (REQ peers, brokers); without one it is just
 * the identity frames (DEALER peers).
 */
export function splitEnvelope(frames: readonly Buffer[], identityFrames: 0 | 1): Enveloped {
  for (let i = identityFrames; i < frames.length; i += 1) {
    if (frames[i]?.length === 0) {
      return { envelope: frames.slice(0, i + 1), body: frames.slice(i + 1) };
    }
  }
  return { envelope: frames.slice(0, identityFrames), body: frames.slice(identityFrames) };
}
