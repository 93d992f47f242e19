import type { SocketOptions, SocketType } from "@zmq-playground/shared";

/**
 * The small interface the rest of the gateway uses to reach libzmq. Only this folder
 * imports `zeromq`; unit tests substitute a fake adapter.
 */

/** Monitor events the runtime reacts to (ZEROMQ_NOTES §4). */
export type MonitorEventType =
  | "bind"
  | "bind:error"
  | "accept"
  | "accept:error"
  | "connect"
  | "connect:delay"
  | "connect:retry"
  | "close"
  | "close:error"
  | "disconnect"
  | "handshake"
  | "handshake:error:protocol"
  | "handshake:error:auth"
  | "handshake:error:other";

/** One monitor event, reduced to plain data. */
export interface MonitorEvent {
  readonly type: MonitorEventType;
  /** The endpoint as passed to bind/connect (the connect URI, or the bound endpoint). */
  readonly address: string;
  /** connect:retry: milliseconds until the next attempt. */
  readonly interval?: number;
  /** Error events: the errno or protocol code, e.g. "EPIPE". */
  readonly errorCode?: string;
}

/**
 * What a socket is created with. Everything is applied in the constructor, before any
 * bind or connect, because most options only take effect for later connections.
 */
export interface SocketCreateOptions {
  /** User options from the topology; `linger` is ignored (always 0). */
  readonly options: SocketOptions;
  /** Milliseconds a send may wait before failing with EAGAIN; never -1 (it would hang). */
  readonly sendTimeout: number;
  /** Milliseconds a receive may wait before failing with EAGAIN; never -1. */
  readonly receiveTimeout: number;
  /** Attach a monitor (costs two libzmq sockets; useless for inproc-only sockets). */
  readonly monitor: boolean;
}

/** One real socket. Methods never hang; failures throw or reject with a `ZmqError`. */
export interface ZmqSocket {
  readonly type: SocketType;
  readonly closed: boolean;
  /** A message is waiting: the next receive() resolves at once. */
  readonly readable: boolean;
  /** SERVER: the routing id of the last message received. */
  readonly lastRoutingId: number;
  /** DISH: the group of the last message received. */
  readonly lastGroup: string;
  /** Options the socket refused at creation, with zeromq.js's reason. */
  readonly rejectedOptions: readonly { readonly option: string; readonly message: string }[];
  /**
   * The ZAP domain of the *next* bind or connect. libzmq copies options into each
   * listener and connection when it is made, so every endpoint can have its own domain.
   */
  setZapDomain(domain: string): void;
  bind(endpoint: string): Promise<void>;
  /** Throws synchronously on failure, as zeromq.js does. */
  connect(endpoint: string): void;
  disconnect(endpoint: string): void;
  /** A (multipart) message. The frames array may be reused once this returns. */
  send(frames: readonly Buffer[]): Promise<void>;
  /** SERVER: a single frame to one CLIENT. */
  sendTo(frame: Buffer, routingId: number): Promise<void>;
  /** RADIO: a single frame to a group. */
  sendToGroup(frame: Buffer, group: string): Promise<void>;
  receive(): Promise<Buffer[]>;
  close(): void;
}

/** A ZAP request: one tcp/ipc connection is handshaking on a socket with a domain. */
export interface ZapRequest {
  readonly domain: string;
  /** Peer address as libzmq reports it ("127.0.0.1", or "localhost:uid:gid:pid" for ipc). */
  readonly address: string;
}

/**
 * Decides when a ZAP request is answered. The handshake of that connection (and so its
 * first message) waits until the returned promise settles; every request is accepted.
 */
export type ZapHandler = (request: ZapRequest) => Promise<void> | void;

/** One zmq Context: inproc names are private to it. */
export interface ZmqContext {
  createSocket(
    type: SocketType,
    create: SocketCreateOptions,
    onEvent: (event: MonitorEvent) => void,
  ): ZmqSocket;
  setZapHandler(handler: ZapHandler | null): void;
  /** Give the context back; its sockets must all be closed. */
  release(): void;
}

/** Where contexts come from: zeromq.js, or a fake in unit tests. */
export interface ZmqAdapter {
  acquireContext(): Promise<ZmqContext>;
}

/** The error shape zeromq.js throws: a plain Error with a string `code`. */
export interface ZmqError extends Error {
  readonly code: string;
}

/** Whether something thrown is one of zeromq.js's errors (a string `code`). */
export function isZmqError(error: unknown): error is ZmqError {
  return error instanceof Error && typeof Reflect.get(error, "code") === "string";
}

/** The errno code of whatever was thrown, or "" when it has none. */
export function errorCode(error: unknown): string {
  return isZmqError(error) ? error.code : "";
}
