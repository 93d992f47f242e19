import { z } from "zod";

/** Every socket type the playground offers, in the order the palette shows them. */
export const SOCKET_TYPES = [
  "REQ",
  "REP",
  "DEALER",
  "ROUTER",
  "PUB",
  "SUB",
  "XPUB",
  "XSUB",
  "PUSH",
  "PULL",
  "PAIR",
  "CLIENT",
  "SERVER",
  "RADIO",
  "DISH",
  "SCATTER",
  "GATHER",
  "CHANNEL",
] as const;

export const socketTypeSchema = z.enum(SOCKET_TYPES);
export type SocketType = z.infer<typeof socketTypeSchema>;

/** Patterns group the palette; draft types live under "advanced". */
export const PATTERNS = [
  "request-reply",
  "publish-subscribe",
  "pipeline",
  "exclusive-pair",
  "advanced",
] as const;
export type Pattern = (typeof PATTERNS)[number];

export const BEHAVIOR_NAMES = ["send", "reply", "consume", "forward"] as const;
export type BehaviorName = (typeof BEHAVIOR_NAMES)[number];
