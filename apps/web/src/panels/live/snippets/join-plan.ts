import { CATALOG, parseEndpoint, type SocketSpec, type SocketType } from "@zmq-playground/shared";
import { publishedTopic } from "../topic.js";

/** What the outside program does once connected. */
export type PeerAction =
  /** PUSH: send messages. */
  | "send"
  /** PULL: print what arrives. */
  | "receive"
  /** PUB: wait for the subscription, then publish under a topic. */
  | "publish"
  /** SUB: subscribe to topics and print what arrives. */
  | "subscribe"
  /** REQ: send a request, print the reply, repeat. */
  | "request"
  /** REP: print a request, answer it, repeat. */
  | "reply"
  /** DEALER, PAIR: send a few messages, then print what comes back until it goes quiet. */
  | "talk";

/** How an outside program joins one bound endpoint of the running topology. */
export interface JoinPlan {
  socketId: string;
  socketType: SocketType;
  /** As the diagram writes it. */
  endpoint: string;
  /** Where a program must connect: the real ipc path, tcp as written. */
  address: string;
  transport: "tcp" | "ipc";
  peer: SocketType;
  action: PeerAction;
  /** Topics: what a SUB subscribes to, or (first only) what a PUB publishes under. */
  topics: readonly string[];
  /** A readable routing id, so a ROUTER's inspector shows who the outside program is. */
  namesItself: boolean;
}

/** Why no program can join there (`unresolved`: an ipc endpoint whose real path is unknown yet). */
export type JoinRefusal = "inproc" | "draft" | "invalid" | "unresolved";

export type JoinResult = { ok: true; plan: JoinPlan } | { ok: false; reason: JoinRefusal };

/** The peer each bound type gets, and what it does; draft types are left out. */
function peerFor(socket: SocketSpec): [SocketType, PeerAction] | null {
  switch (socket.type) {
    case "PULL":
      return ["PUSH", "send"];
    case "PUSH":
      return ["PULL", "receive"];
    case "PUB":
    case "XPUB":
      return ["SUB", "subscribe"];
    case "SUB":
    case "XSUB":
      return ["PUB", "publish"];
    case "REP":
      return ["REQ", "request"];
    case "ROUTER":
      // A REQ waits for each reply; without a reply behaviour it would wait in vain.
      return socket.behavior?.reply ? ["REQ", "request"] : ["DEALER", "talk"];
    case "REQ":
      return ["REP", "reply"];
    case "DEALER":
      return ["DEALER", "talk"];
    case "PAIR":
      return ["PAIR", "talk"];
    default:
      return null;
  }
}

function topicsFor(socket: SocketSpec): string[] {
  if (socket.type === "PUB" || socket.type === "XPUB") {
    return [publishedTopic(socket)];
  }
  const subscribed = socket.options?.subscribe ?? [];
  return subscribed.length > 0 ? [...subscribed] : [""];
}

/**
 * How an outside program joins `endpoint`, which `socket` binds. `realAddresses` is the
 * gateway's map from each bound endpoint to its real address (ipc files live in the
 * session's folder); tcp is used as written. The peer comes from the catalog's legal
 * peers, picked so the program does what the bound socket expects.
 */
export function joinPlan(
  socket: SocketSpec,
  endpoint: string,
  realAddresses: Readonly<Record<string, string>>,
): JoinResult {
  const parsed = parseEndpoint(endpoint);
  if (!parsed.ok) return { ok: false, reason: "invalid" };
  if (parsed.transport === "inproc") return { ok: false, reason: "inproc" };
  const peer = peerFor(socket);
  if (!peer || CATALOG[socket.type].draft) return { ok: false, reason: "draft" };
  const address = realAddresses[endpoint] ?? (parsed.transport === "tcp" ? endpoint : null);
  if (address === null) return { ok: false, reason: "unresolved" };
  const [peerType, action] = peer;
  const pubSub = peerType === "SUB" || peerType === "PUB";
  return {
    ok: true,
    plan: {
      socketId: socket.id,
      socketType: socket.type,
      endpoint,
      address,
      transport: parsed.transport,
      peer: peerType,
      action,
      topics: pubSub ? topicsFor(socket) : [],
      namesItself: socket.type === "ROUTER",
    },
  };
}
