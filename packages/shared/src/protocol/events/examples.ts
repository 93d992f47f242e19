import type { RuntimeEvent } from "../telemetry.js";
import { englishEventTexts, eventParams, kindOf, renderEventText } from "./render.js";
import type { EventMessageId } from "./templates.js";

type Example = Pick<RuntimeEvent, "socket" | "endpoint" | "params">;

const EP = "tcp://127.0.0.1:5555";
const on = (params: Example["params"] = {}): Example => ({ socket: "s1", endpoint: EP, params });
const of = (params: Example["params"] = {}): Example => ({ socket: "s1", params });

/**
 * One event of every message id, with the params the gateway gives it. Tests render
 * each in every language, so an event without a translation cannot slip through.
 */
const EXAMPLES = {
  bind: on(),
  "bind:error": on({ code: "EADDRINUSE" }),
  accept: on(),
  "accept:error": on({ code: "EMFILE" }),
  "connect:delay": on(),
  connect: on(),
  "connect:retry": on({ interval: 100 }),
  close: on(),
  "close:error": on({ code: "EBADF" }),
  disconnect: on(),
  handshake: on(),
  "handshake:error:protocol": on({ code: "ZMTP_UNSPECIFIED" }),
  "handshake:error:auth": on({ code: "400" }),
  "handshake:error:other": on({ code: "EPIPE" }),
  "link-state": on({ link: `s1|${EP}`, state: "retrying" }),
  "process-killed": { params: { process: "worker-1" } },
  "process-restarted": { params: { process: "worker-1" } },
  "outside-peer.sender": on(),
  "outside-peer.receiver": on(),
  "outside-peer-left": on(),
  "req-waiting": of(),
  "forward-target-down": of({ to: "s2" }),
  "send-blocked": of(),
  "send-unblocked": of(),
  "bind-error": on({ error: "EADDRINUSE" }),
  "create-error": of({ error: "EMFILE" }),
  "connect-error": on({ error: "EINVAL" }),
  "send-error.behavior": of({ error: "EAGAIN" }),
  "send-error.manual": of({ error: "EHOSTUNREACH" }),
  "receive-error": of({ error: "EFSM" }),
  "behavior-error": of({ error: "", detail: "frames is not iterable" }),
  "limit-exceeded": of({ seq: 3, max: 65536 }),
} satisfies Record<EventMessageId, Example>;

/** An example event of every message id, as the gateway would send it. */
export const EVENT_EXAMPLES: readonly RuntimeEvent[] = Object.entries(EXAMPLES).map(
  ([messageId, example]): RuntimeEvent => ({
    at: 0,
    level: "info",
    kind: kindOf(messageId),
    messageId,
    ...example,
    message: renderEventText(messageId, eventParams(example), englishEventTexts) ?? "",
  }),
);
