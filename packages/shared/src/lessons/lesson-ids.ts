/** Every lesson, in the order a class goes through them; the web app's texts are keyed by these. */
export const LESSON_IDS = [
  "zmq-sockets",
  "context-and-types",
  "pair",
  "req-rep",
  "req-two-servers",
  "pub-sub",
  "pipeline",
  "start-order",
  "bind-connect",
  "transports",
  "multicast",
  "connect-first",
  "multi-bind",
  "address-in-use",
  "messages",
  "high-water-marks",
  "fan-out-fan-in",
  "send-returns-early",
  "legal-pairs",
  "illegal-link",
] as const;
export type LessonId = (typeof LESSON_IDS)[number];
