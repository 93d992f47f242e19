import type { BehaviorName, Pattern, SocketType } from "./socket-types.js";
import type { SocketOptionName } from "./options.js";

/** What the playground knows about one socket type. */
export interface SocketTypeInfo {
  readonly type: SocketType;
  readonly pattern: Pattern;
  /** A libzmq draft type: real in zeromq.js 6.8, but its API may still change upstream. */
  readonly draft: boolean;
  readonly canSend: boolean;
  readonly canReceive: boolean;
  /** Peer types libzmq accepts on the other end of a link (`check_socket_type`). */
  readonly peers: readonly SocketType[];
  /** Whether a message may have more than one frame. */
  readonly multipart: boolean;
  /**
   * Strict send/receive alternation: "send-first" (REQ) must send before it receives,
   * "receive-first" (REP) must receive before it sends.
   */
  readonly lockstep: "send-first" | "receive-first" | null;
  readonly options: readonly SocketOptionName[];
  readonly behaviors: readonly BehaviorName[];
  /** One line for the palette. */
  readonly summary: string;
  /** A short paragraph a student understands. */
  readonly explanation: string;
}

const common = ["linger", "immediate", "reconnectInterval", "reconnectMaxInterval"] as const;
const sender = ["sendHighWaterMark"] as const;
const receiver = ["receiveHighWaterMark"] as const;
const both = [...sender, ...receiver] as const;

const entries: readonly SocketTypeInfo[] = [
  {
    type: "REQ",
    pattern: "request-reply",
    draft: false,
    canSend: true,
    canReceive: true,
    peers: ["REP", "ROUTER"],
    multipart: true,
    lockstep: "send-first",
    options: [...common, ...both, "routingId", "probeRouter", "relaxed", "correlate"],
    behaviors: ["send", "consume"],
    summary: "Asks a question and waits for the answer.",
    explanation:
      "A REQ socket sends a request and then must wait for the reply before it may send again. Connected to several servers, it takes turns between them (round robin), one request each.",
  },
  {
    type: "REP",
    pattern: "request-reply",
    draft: false,
    canSend: true,
    canReceive: true,
    peers: ["REQ", "DEALER"],
    multipart: true,
    lockstep: "receive-first",
    options: [...common, ...both, "routingId"],
    behaviors: ["reply"],
    summary: "Answers each request, one at a time.",
    explanation:
      "A REP socket receives a request, then must send exactly one reply, which ZeroMQ routes back to whoever asked. It serves its clients fairly, one request at a time.",
  },
  {
    type: "DEALER",
    pattern: "request-reply",
    draft: false,
    canSend: true,
    canReceive: true,
    peers: ["REP", "DEALER", "ROUTER"],
    multipart: true,
    lockstep: null,
    options: [...common, ...both, "routingId", "probeRouter", "conflate"],
    behaviors: ["send", "reply", "consume", "forward"],
    summary: "An asynchronous REQ: sends and receives freely.",
    explanation:
      "A DEALER spreads outgoing messages over its peers in turn and receives from all of them fairly, with no send/receive alternation. Talking to a REP, it adds the empty delimiter frame a REQ would add.",
  },
  {
    type: "ROUTER",
    pattern: "request-reply",
    draft: false,
    canSend: true,
    canReceive: true,
    peers: ["REQ", "DEALER", "ROUTER"],
    multipart: true,
    lockstep: null,
    options: [...common, ...both, "routingId", "mandatory", "handover", "probeRouter"],
    behaviors: ["send", "reply", "consume", "forward"],
    summary: "An asynchronous REP that knows who sent what.",
    explanation:
      "A ROUTER puts the sender's identity in front of every message it receives, and uses the first frame of every message it sends to choose the peer. That is how brokers answer many clients at once. A message to an unknown identity is dropped.",
  },
  {
    type: "PUB",
    pattern: "publish-subscribe",
    draft: false,
    canSend: true,
    canReceive: false,
    peers: ["SUB", "XSUB"],
    multipart: true,
    lockstep: null,
    options: [...common, ...sender, "conflate", "noDrop", "invertMatching"],
    behaviors: ["send"],
    summary: "Broadcasts to every matching subscriber.",
    explanation:
      "A PUB socket sends each message to every subscriber whose subscription is a prefix of the message's first frame (the topic). It never waits: a subscriber that is too slow, or not yet connected, simply misses messages.",
  },
  {
    type: "SUB",
    pattern: "publish-subscribe",
    draft: false,
    canSend: false,
    canReceive: true,
    peers: ["PUB", "XPUB"],
    multipart: true,
    lockstep: null,
    options: [...common, ...receiver, "subscribe", "conflate", "invertMatching"],
    behaviors: ["consume", "forward"],
    summary: "Receives the topics it subscribed to.",
    explanation:
      "A SUB socket receives only messages whose topic starts with one of its subscriptions; with no subscription it receives nothing. Connected to several publishers, it hears all of them.",
  },
  {
    type: "XPUB",
    pattern: "publish-subscribe",
    draft: false,
    canSend: true,
    canReceive: true,
    peers: ["SUB", "XSUB"],
    multipart: true,
    lockstep: null,
    options: [...common, ...both, "noDrop", "invertMatching"],
    behaviors: ["send", "consume", "forward"],
    summary: "A PUB that also sees subscriptions arrive.",
    explanation:
      "An XPUB publishes like a PUB, and also receives the subscribe and unsubscribe requests of its subscribers. Paired with an XSUB it forms a proxy that forwards both data and subscriptions.",
  },
  {
    type: "XSUB",
    pattern: "publish-subscribe",
    draft: false,
    canSend: true,
    canReceive: true,
    peers: ["PUB", "XPUB"],
    multipart: true,
    lockstep: null,
    options: [...common, ...both, "subscribe"],
    behaviors: ["consume", "forward"],
    summary: "A SUB that subscribes by sending messages.",
    explanation:
      "An XSUB receives like a SUB, but subscribes by sending a message (a 1 byte followed by the topic). It is the upstream half of a publish-subscribe proxy.",
  },
  {
    type: "PUSH",
    pattern: "pipeline",
    draft: false,
    canSend: true,
    canReceive: false,
    peers: ["PULL"],
    multipart: true,
    lockstep: null,
    options: [...common, ...sender, "conflate"],
    behaviors: ["send"],
    summary: "Hands tasks out to workers in turn.",
    explanation:
      "A PUSH socket gives each message to the next connected PULL peer in turn (round robin). When every peer's queue is full it waits instead of dropping.",
  },
  {
    type: "PULL",
    pattern: "pipeline",
    draft: false,
    canSend: false,
    canReceive: true,
    peers: ["PUSH"],
    multipart: true,
    lockstep: null,
    options: [...common, ...receiver, "conflate"],
    behaviors: ["consume", "forward"],
    summary: "Collects results from every pusher.",
    explanation:
      "A PULL socket receives from all its PUSH peers fairly, taking one message from each in turn (fair queuing). It never sends.",
  },
  {
    type: "PAIR",
    pattern: "exclusive-pair",
    draft: false,
    canSend: true,
    canReceive: true,
    peers: ["PAIR"],
    multipart: true,
    lockstep: null,
    options: [...common, ...both],
    behaviors: ["send", "reply", "consume", "forward"],
    summary: "One-to-one, both ways.",
    explanation:
      "A PAIR socket talks to exactly one other PAIR, in both directions, like an ordinary connection. A second peer is silently ignored, so PAIR suits two fixed partners only.",
  },
  {
    type: "CLIENT",
    pattern: "advanced",
    draft: true,
    canSend: true,
    canReceive: true,
    peers: ["SERVER"],
    multipart: false,
    lockstep: null,
    options: [...common, ...both],
    behaviors: ["send", "consume", "forward"],
    summary: "Draft: a thread-safe, single-frame DEALER.",
    explanation:
      "CLIENT (draft) sends single-frame messages to its SERVER peers in turn and receives their answers. Unlike REQ it never blocks on alternation.",
  },
  {
    type: "SERVER",
    pattern: "advanced",
    draft: true,
    canSend: true,
    canReceive: true,
    peers: ["CLIENT"],
    multipart: false,
    lockstep: null,
    options: [...common, ...both],
    behaviors: ["reply", "consume"],
    summary: "Draft: answers CLIENTs by their routing id.",
    explanation:
      "SERVER (draft) receives single-frame messages tagged with the sender's routing id and answers by that id. It is the single-frame, thread-safe cousin of ROUTER.",
  },
  {
    type: "RADIO",
    pattern: "advanced",
    draft: true,
    canSend: true,
    canReceive: false,
    peers: ["DISH"],
    multipart: false,
    lockstep: null,
    options: [...common, ...sender],
    behaviors: ["send"],
    summary: "Draft: broadcasts to groups.",
    explanation:
      "RADIO (draft) publishes single-frame messages to a named group; only DISH sockets that joined the group receive them. It replaces PUB where multicast (pgm/epgm) would be used.",
  },
  {
    type: "DISH",
    pattern: "advanced",
    draft: true,
    canSend: false,
    canReceive: true,
    peers: ["RADIO"],
    multipart: false,
    lockstep: null,
    options: [...common, ...receiver, "join"],
    behaviors: ["consume", "forward"],
    summary: "Draft: receives the groups it joined.",
    explanation:
      "DISH (draft) receives RADIO messages of the groups it joined, matched exactly rather than by prefix.",
  },
  {
    type: "SCATTER",
    pattern: "advanced",
    draft: true,
    canSend: true,
    canReceive: false,
    peers: ["GATHER"],
    multipart: false,
    lockstep: null,
    options: [...common, ...sender],
    behaviors: ["send"],
    summary: "Draft: a single-frame PUSH.",
    explanation:
      "SCATTER (draft) deals single-frame messages out to GATHER peers in turn, like PUSH.",
  },
  {
    type: "GATHER",
    pattern: "advanced",
    draft: true,
    canSend: false,
    canReceive: true,
    peers: ["SCATTER"],
    multipart: false,
    lockstep: null,
    options: [...common, ...receiver],
    behaviors: ["consume", "forward"],
    summary: "Draft: a single-frame PULL.",
    explanation:
      "GATHER (draft) collects single-frame messages from all its SCATTER peers fairly, like PULL.",
  },
  {
    type: "CHANNEL",
    pattern: "advanced",
    draft: true,
    canSend: true,
    canReceive: true,
    peers: ["CHANNEL"],
    multipart: false,
    lockstep: null,
    options: [...common, ...both],
    behaviors: ["send", "reply", "consume", "forward"],
    summary: "Draft: a single-frame PAIR.",
    explanation:
      "CHANNEL (draft) links exactly two sockets, both ways, with single-frame messages, like PAIR.",
  },
];

/** The catalog, keyed by type. */
export const CATALOG: Readonly<Record<SocketType, SocketTypeInfo>> = Object.fromEntries(
  entries.map((e) => [e.type, e]),
) as Record<SocketType, SocketTypeInfo>;

/** Whether libzmq lets sockets of these two types talk over one link. */
export function arePeersCompatible(a: SocketType, b: SocketType): boolean {
  return CATALOG[a].peers.includes(b);
}
