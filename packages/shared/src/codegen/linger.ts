/**
 * linger decides what close() does with messages still queued. -1 (libzmq's default)
 * waits forever for a peer that may be gone; 0 throws them away, which could lose a
 * producer's last messages when it exits right after sending. 1 s is a middle way for
 * sockets that send; one that only receives has nothing of its own to deliver.
 */
export function defaultLinger(canSend: boolean): { ms: number; why: string } {
  return canSend
    ? { ms: 1000, why: "on close, queued messages get 1 s to leave" }
    : { ms: 0, why: "it only receives: nothing to wait for on close" };
}
