import { both, common, receiver, sender, type CatalogPart } from "./socket-type-info.js";

/** Pipeline (PUSH, PULL) and the exclusive PAIR. */
export const PIPELINE_AND_PAIR: CatalogPart<"PUSH" | "PULL" | "PAIR"> = {
  PUSH: {
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
  PULL: {
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
  PAIR: {
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
};
