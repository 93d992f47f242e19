/**
 * Every kind of runtime event the gateway emits, with its English text. The gateway
 * may only emit these (its `Emitter` takes an `EventMessageId`); the page shows a kind
 * it does not know (a newer gateway's) by the event's English `message`.
 */
export const EVENT_KINDS = [
  // libzmq's monitor, one per monitor event type (ZEROMQ_NOTES §4)
  "bind",
  "bind:error",
  "accept",
  "accept:error",
  "connect:delay",
  "connect",
  "connect:retry",
  "close",
  "close:error",
  "disconnect",
  "handshake",
  "handshake:error:protocol",
  "handshake:error:auth",
  "handshake:error:other",
  // the runtime
  "link-state",
  "process-killed",
  "process-restarted",
  "outside-peer",
  "outside-peer-left",
  "req-waiting",
  "forward-target-down",
  "send-blocked",
  "send-unblocked",
  // a socket's operation failed (also reported as a diagnostic on the socket)
  "bind-error",
  "create-error",
  "connect-error",
  "send-error",
  "receive-error",
  "behavior-error",
  "limit-exceeded",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One text, or a kind's variants by name (`outside-peer.sender`). */
type EventTemplate = string | { readonly [variant: string]: string };

/**
 * The English text of every event, by message id: the kind, or `kind.variant`. The
 * gateway renders `message` from it; the web app uses it as its English resource
 * (`events.<messageId>`). `{{socket}}` and `{{endpoint}}` come from the event's own
 * fields; `{{error, errno}}` explains a libzmq error code, `{{state, state}}` names a
 * link state, both with the words of ./words.ts.
 */
export const EVENT_TEMPLATES = {
  bind: "{{socket}} is listening on {{endpoint}}.",
  "bind:error": "{{socket}} could not bind {{endpoint}} ({{code}}).",
  accept: "{{socket}} accepted a connection on {{endpoint}}.",
  "accept:error": "{{socket}} failed to accept a connection on {{endpoint}} ({{code}}).",
  "connect:delay": "{{socket}} is connecting to {{endpoint}}.",
  connect: "{{socket}} reached {{endpoint}}; handshaking.",
  "connect:retry": "{{socket}} will try {{endpoint}} again in {{interval}} ms.",
  close: "{{socket}} closed a connection on {{endpoint}}.",
  "close:error": "{{socket}} failed to close a connection on {{endpoint}} ({{code}}).",
  disconnect: "{{socket}} lost a connection on {{endpoint}}.",
  handshake: "{{socket}} completed the ZeroMQ handshake on {{endpoint}}: connected.",
  "handshake:error:protocol": "{{socket}}: the handshake on {{endpoint}} failed ({{code}}).",
  "handshake:error:auth": "{{socket}}: the handshake on {{endpoint}} failed ({{code}}).",
  "handshake:error:other": "{{socket}}: the handshake on {{endpoint}} failed ({{code}}).",
  "link-state": "The link from {{socket}} to {{endpoint}} is {{state, state}}.",
  "process-killed": "Process {{process}} was killed: its sockets are closed.",
  "process-restarted": "Process {{process}} was restarted.",
  "outside-peer": {
    sender:
      "An outside program is connected to {{endpoint}} ({{socket}}). What {{socket}} sends now carries exactly the behaviour's frames, so it is counted on the receiving socket, not on a link.",
    receiver: "An outside program is connected to {{endpoint}} ({{socket}}).",
  },
  "outside-peer-left": "Only the topology's own sockets are connected to {{socket}} again.",
  "req-waiting":
    "{{socket}} is still waiting for its reply, and a REQ may not send again until it arrives. If the peer went away, the request is lost: a REQ never resends it.",
  "forward-target-down":
    "{{socket}} cannot forward to {{to}}: it is not running; messages are dropped.",
  "send-blocked":
    "{{socket}} is waiting to send: no peer can take the message yet (none connected, or every queue is full).",
  "send-unblocked": "{{socket}} can send again.",
  "bind-error": "{{socket}}: bind to {{endpoint}} failed: {{error, errno}}.",
  "create-error": "{{socket}}: creating the socket failed: {{error, errno}}.",
  "connect-error": "{{socket}}: connect to {{endpoint}} failed: {{error, errno}}.",
  "send-error": {
    behavior: "{{socket}}: send failed: {{error, errno}}.",
    manual: "{{socket}}: a manual send failed: {{error, errno}}.",
  },
  "receive-error": "{{socket}}: receive failed: {{error, errno}}.",
  "behavior-error": "{{socket}}: its behaviour failed: {{error, errno}}.",
  "limit-exceeded":
    "{{socket}}: message {{seq}} is larger than the {{max}}-byte limit; it was not sent.",
} satisfies Record<EventKind, EventTemplate>;
export type EventTemplates = typeof EVENT_TEMPLATES;

/** The dotted paths to the string leaves of a nested object of templates. */
type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];

/** The id of one event text: a kind, or `kind.variant`. */
export type EventMessageId = LeafPaths<EventTemplates>;
