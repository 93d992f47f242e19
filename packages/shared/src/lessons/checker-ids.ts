/** Every challenge checker (checkers.ts holds the functions). */
export const CHECKER_IDS = [
  "sub-for-one-topic",
  "three-consumers",
  "supported-transport",
  "late-collector",
  "one-bind-per-address",
  "legal-link",
] as const;
export type CheckerId = (typeof CHECKER_IDS)[number];

/**
 * What a checker can say is still missing; the web app words each one in every
 * language, filling in the message's params (socket names, topics, counts).
 */
export const CHECK_MESSAGE_IDS = [
  // shared by several checkers
  "run-first",
  "fix-errors",
  "socket-missing",
  "needs-consume",
  "nothing-received-yet",
  "connect-to",
  // PUB-SUB: a subscriber for one topic
  "add-subscriber",
  "subscribe-to",
  "hears-other-topic",
  // pipeline: three consumers
  "more-consumers",
  "consumer-not-passing-on",
  "consumer-idle",
  "collector-short",
  // connect first, bind later
  "sender-must-connect",
  "bind-missing",
  // address in use
  "address-still-in-use",
  "publisher-not-bound",
  "not-heard-from",
  // an illegal link
  "keep-the-link",
  "incompatible",
  "server-must-reply",
  "no-replies-yet",
  // pgm and epgm
  "unsupported-transport",
] as const;
export type CheckMessageId = (typeof CHECK_MESSAGE_IDS)[number];
