import { both, common, type CatalogPart } from "./socket-type-info.js";

/** Request-reply: REQ, REP and the asynchronous DEALER and ROUTER. */
export const REQUEST_REPLY: CatalogPart<"REQ" | "REP" | "DEALER" | "ROUTER"> = {
  REQ: {
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
  REP: {
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
  DEALER: {
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
  ROUTER: {
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
};
