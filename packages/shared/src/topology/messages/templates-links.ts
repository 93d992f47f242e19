/**
 * English templates of the endpoint, wiring and peer messages. `{{name}}` is a param;
 * `{{name, or}}` and friends format a list param (see render.ts). The web app uses
 * these as its English resource, so they follow i18next's syntax.
 */
export const LINK_TEMPLATES = {
  "bad-endpoint": {
    bind: 'Socket "{{socket}}" cannot bind {{endpoint}}: {{reason, reason}}.',
    connect: 'Socket "{{socket}}" cannot connect to {{endpoint}}: {{reason, reason}}.',
  },
  "non-loopback-host": {
    bind: 'Socket "{{socket}}" would bind {{endpoint}}, but "{{host}}" is not a loopback address. The playground keeps tcp on this machine (127.0.0.1 or localhost) unless its operator allows more: write tcp://127.0.0.1:{{port}} instead.',
    connect:
      'Socket "{{socket}}" would connect to {{endpoint}}, but "{{host}}" is not a loopback address. The playground keeps tcp on this machine (127.0.0.1 or localhost) unless its operator allows more: write tcp://127.0.0.1:{{port}} instead.',
  },
  "address-in-use": {
    same: 'Socket "{{socket}}" binds {{endpoint}} twice: the second bind fails with "Address already in use". Remove the duplicate.',
    "same-ipc":
      'Socket "{{socket}}" binds {{endpoint}} twice: libzmq would let the second bind quietly take the file over, and the first binder would never hear from anyone again. Remove the duplicate.',
    other:
      'Socket "{{socket}}" binds {{endpoint}}, but socket "{{other}}" already binds {{otherEndpoint}}: the second bind fails with "Address already in use". Only one socket may bind an endpoint: the others connect to it.',
    "other-ipc":
      'Socket "{{socket}}" binds {{endpoint}}, but socket "{{other}}" already binds {{otherEndpoint}}: libzmq would let the second bind quietly take the file over, and the first binder would never hear from anyone again. Only one socket may bind an endpoint: the others connect to it.',
  },
  "duplicate-connect":
    'Socket "{{socket}}" connects to {{endpoint}} twice. ZeroMQ would open two connections to the same peer (which then gets two turns in every round robin), and the diagram could not tell them apart. Remove the duplicate.',
  "connect-to-self":
    'Socket "{{socket}}" connects to {{endpoint}}, which it binds itself. A socket cannot be its own peer: connect another socket to it.',
  "dangling-connect": {
    respelled:
      'Socket "{{socket}}" connects to {{endpoint}}, and socket "{{other}}" binds {{otherEndpoint}}: the same address written differently. ZeroMQ would connect them, but the diagram only links identical endpoints, so write it exactly as bound.',
    inproc:
      'Socket "{{socket}}" connects to {{endpoint}}, which no socket binds. inproc only works inside one process, so no outside program can bind it either: nothing will ever arrive. Bind it on another socket.',
    outside:
      'Socket "{{socket}}" connects to {{endpoint}}, which no socket in this topology binds. That is fine in ZeroMQ: connect may come before bind, and an outside program (a pyzmq script, say) may bind it. Until then, messages wait in the queue.',
  },
  "incompatible-peers":
    '{{connectorType}} "{{connector}}" cannot talk to {{binderType}} "{{binder}}" (it connects to {{endpoint}}): a {{connectorType}} only works with {{connectorPeers, or}}, and a {{binderType}} only with {{binderPeers, or}}. libzmq would silently drop such a connection (or, over inproc, let mismatched messages through), so the playground refuses it. Change one of the two types.',
  "pair-multiple-peers":
    '{{type}} "{{socket}}" has {{peerCount}} peers ({{peers, peers}}). A {{type}} talks to exactly one other {{type}}: libzmq accepts the extra connections, but their messages silently vanish. Keep one peer per {{type}}, or use a pattern made for many peers (DEALER/ROUTER, PUSH/PULL, PUB/SUB).',
};

/**
 * Why an endpoint cannot be used, keyed by the reason id parseEndpoint() gives; a
 * message shows it through `{{reason, reason}}`. Params: endpoint, transport, port.
 */
export const ENDPOINT_REASONS = {
  "not-endpoint":
    '"{{endpoint}}" is not an endpoint: write transport://address, e.g. tcp://127.0.0.1:5555',
  "ipc-name":
    "ipc endpoint \"{{endpoint}}\" needs a plain file name (letters, digits, '.', '_', '-'), e.g. ipc://myserver.ipc; the playground keeps it in the session's own folder",
  "inproc-name":
    "inproc endpoint \"{{endpoint}}\" needs a name (letters, digits, '.', '_', '-'), e.g. inproc://workers",
  pgm: "pgm (reliable multicast) is not built into this libzmq, so it cannot run here. For one-to-many messages use PUB/SUB over tcp, or the draft RADIO/DISH pair",
  epgm: "epgm (multicast over UDP) is not built into this libzmq, so it cannot run here. For one-to-many messages use PUB/SUB over tcp, or the draft RADIO/DISH pair",
  udp: "udp only works with the draft RADIO/DISH and DGRAM types, and the playground does not run it; use tcp, ipc or inproc",
  ws: "the ws transport is not offered by the playground; use tcp, ipc or inproc",
  wss: "the wss transport is not offered by the playground; use tcp, ipc or inproc",
  tipc: "tipc needs a Linux cluster set-up and is not offered by the playground; use tcp, ipc or inproc",
  vmci: "vmci only works between VMware virtual machines; use tcp, ipc or inproc",
  "unknown-transport": 'transport "{{transport}}" is not supported here; use tcp, ipc or inproc',
  "any-port":
    '"{{endpoint}}" asks for any free port; the playground needs a fixed port (e.g. tcp://127.0.0.1:5555) so the diagram shows where to connect',
  "tcp-host-port": 'tcp endpoint "{{endpoint}}" needs host:port, e.g. tcp://127.0.0.1:5555',
  "port-range": 'port {{port}} in "{{endpoint}}" is outside 1-65535',
};
export type EndpointReasonId = keyof typeof ENDPOINT_REASONS;
