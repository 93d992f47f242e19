import type { LinkState } from "../stats.js";

/**
 * The words event texts are made of, in English: what libzmq's error codes mean to
 * someone learning ZeroMQ, and the link states. The web app uses them as its English
 * resource `eventWords`.
 */
export const EVENT_WORDS = {
  /** `{{error, errno}}` of a code with an explanation: the explanation, then the code. */
  explained: "{{reason}} ({{code}})",
  errno: {
    EADDRINUSE: "the address is already in use (another socket or program has bound it)",
    EAGAIN:
      "it could not go through in time: no peer is connected yet, or every peer's queue is full (high-water mark)",
    EFSM: "the socket is in the wrong state: a REQ must get its reply before sending again, and a REP must receive a request before it can reply",
    EHOSTUNREACH: "no connected peer has that routing id",
    EINVAL:
      "libzmq refused the arguments (a multipart message on a single-part socket, or a bad value)",
    ENOENT: "there is no such endpoint (for ipc: the folder does not exist)",
    ENAMETOOLONG: "the ipc path is longer than the 107 bytes a Unix socket allows",
    EPROTONOSUPPORT: "this transport is not supported by libzmq",
    ENOCOMPATPROTO: "this transport does not work with this socket type",
    ENODEV: "the host name or interface does not exist on this machine",
    EADDRNOTAVAIL: "that address does not belong to this machine",
    EMFILE: "too many sockets or open files",
    EBUSY: "the socket is busy with another operation",
    EBADF: "the socket is closed",
    ENOTSOCK: "the socket is closed",
    ENOTSUP: "this socket type cannot do that",
    EPIPE: "the peer went away during the handshake",
    ECONNREFUSED: "nobody is listening at that address",
  },
  /** A link's state (LINK_STATES) inside a sentence: "a|tcp://... is connected." */
  states: {
    connecting: "connecting",
    connected: "connected",
    retrying: "retrying",
    disconnected: "disconnected",
    rejected: "rejected",
  } satisfies Record<LinkState, string>,
};
export type EventWords = typeof EVENT_WORDS;

/** The libzmq error codes the words explain. */
export type ExplainedErrno = keyof EventWords["errno"];
