import type { CommandErrorCode, IncompatibilityReason } from "@zmq-playground/shared";

/**
 * What the page says when the gateway refuses a command (`command:error`, by its code)
 * or the page itself (`session:incompatible`, by its reason), in English. Where the
 * gateway's own words carry specifics (a socket's name, a number), the page adds them
 * as `withDetail`; a refusal tied to a socket is worded from its diagnostic instead.
 */
export const commandErrors = {
  codes: {
    "bad-message": "The gateway could not read what this page sent; nothing changed.",
    "hello-required": "The gateway had not greeted this page yet; the command was not run.",
    "unsupported-version": "The gateway speaks another protocol version than this page.",
    "invalid-topology": "The gateway refused the topology; nothing was started.",
    "not-running": "No topology is running: press Run first.",
    "not-paused": "Pause the topology before stepping one message.",
    "unknown-socket": "That socket is not in the running topology.",
    "unknown-process": "That process is not in the running topology.",
    "limit-exceeded": "That goes beyond a limit of this session.",
    "too-large": "That message is larger than the gateway allows.",
    "socket-error": "libzmq refused the operation.",
    "rate-limited": "This page sent too many messages at once; one was ignored.",
    internal: "The gateway failed; its log has the details.",
  } satisfies Record<CommandErrorCode, string>,
  refused: {
    "client-too-old":
      "This page speaks protocol {{page}} and the gateway {{gateway}}: reload the page.",
    "server-too-old":
      "This page speaks protocol {{page}} and the gateway {{gateway}}: restart the gateway with the same build as the page.",
    forbidden: "This gateway needs its access token: open the address it printed, with ?token=.",
    "too-many-sessions": "The gateway already runs as many sessions as it allows; try again later.",
  } satisfies Record<IncompatibilityReason, string>,
  /** After the first problem of a refused deploy. */
  more_one: "{{text}} (and {{count}} more problem)",
  more_other: "{{text}} (and {{count}} more problems)",
  /** The page's words, then the gateway's own (in English) where they say more. */
  withDetail: "{{text}} The gateway says: {{detail}}",
};
