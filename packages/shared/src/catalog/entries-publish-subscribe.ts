import { both, common, receiver, sender, type CatalogPart } from "./socket-type-info.js";

/** Publish-subscribe: PUB, SUB and their proxy-building X variants. */
export const PUBLISH_SUBSCRIBE: CatalogPart<"PUB" | "SUB" | "XPUB" | "XSUB"> = {
  PUB: {
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
  SUB: {
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
  XPUB: {
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
  XSUB: {
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
};
