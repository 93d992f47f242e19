/**
 * Socket options the format accepts, by their zeromq.js names. `kind` decides the
 * editor's input and the gateway's conversion; the catalog decides which types take
 * which option.
 */
export const SOCKET_OPTIONS = {
  sendHighWaterMark: {
    kind: "integer",
    description:
      "How many outgoing messages may wait in the queue per peer before the socket blocks or drops (default 1000).",
  },
  receiveHighWaterMark: {
    kind: "integer",
    description:
      "How many incoming messages may wait per peer before ZeroMQ stops reading (default 1000).",
  },
  linger: {
    kind: "integer",
    description:
      "Milliseconds to keep unsent messages after close. The playground always closes with 0 so nothing hangs.",
  },
  immediate: {
    kind: "boolean",
    description:
      "Queue messages only to peers whose connection is complete, not to ones still connecting.",
  },
  reconnectInterval: {
    kind: "integer",
    description:
      "Milliseconds to wait before reconnecting after a connection is lost (default 100).",
  },
  reconnectMaxInterval: {
    kind: "integer",
    description: "Upper bound for the doubling reconnect interval; 0 keeps it fixed.",
  },
  subscribe: {
    kind: "string-list",
    description:
      "Topic prefixes to receive. An empty string receives everything; no subscription receives nothing.",
  },
  join: {
    kind: "string-list",
    description: "Groups a DISH receives from its RADIO peers.",
  },
  routingId: {
    kind: "string",
    description:
      "This socket's name as seen by a ROUTER peer (1-255 bytes, not starting with a zero byte).",
  },
  conflate: {
    kind: "boolean",
    description: "Keep only the newest message in the queue (single-part messages only).",
  },
  mandatory: {
    kind: "boolean",
    description: "Report an error instead of silently dropping a message to an unknown routing id.",
  },
  handover: {
    kind: "boolean",
    description: "Let a new peer with the same routing id take over from the old one.",
  },
  probeRouter: {
    kind: "boolean",
    description: "Send an empty message to a ROUTER peer on connect so it learns this socket's id.",
  },
  relaxed: {
    kind: "boolean",
    description: "Let a REQ send a new request without waiting for the last reply.",
  },
  correlate: {
    kind: "boolean",
    description: "Tag requests so a REQ in relaxed mode ignores stale replies.",
  },
  noDrop: {
    kind: "boolean",
    description: "Make a publisher block (or fail) at its high-water mark instead of dropping.",
  },
  invertMatching: {
    kind: "boolean",
    description: "Receive the messages that do NOT match the subscriptions.",
  },
} as const;

export type SocketOptionName = keyof typeof SOCKET_OPTIONS;
export type SocketOptionKind = (typeof SOCKET_OPTIONS)[SocketOptionName]["kind"];
