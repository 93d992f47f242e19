import type { Diagnostic } from "../../topology/diagnostics.js";
import type { RuntimeEvent } from "../telemetry.js";
import {
  englishEventTexts,
  eventParams,
  kindOf,
  renderEventText,
  renderGatewayText,
} from "./render.js";
import type { RuntimeTemplateId } from "./runtime-templates.js";
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
  "link-state": on({ state: "retrying" }),
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

const RUNTIME = {
  "send.cannot-send": { type: "PULL", socket: "s1" },
  "send.killed": { socket: "s1" },
  "send.no-frames": { socket: "s1" },
  "send.single-frame": { type: "PUB", socket: "s1" },
  "send.req-waiting": { socket: "s1" },
  "send.radio-group": { socket: "s1" },
  "send.failed": { socket: "s1", error: "EHOSTUNREACH" },
  "deploy.kept-previous": {},
  "deploy.put-back-one": { sockets: "s1" },
  "deploy.put-back-many": { sockets: "s1, s2" },
  "deploy.nothing-runs": {},
  "option-refused": { socket: "s1", option: "conflate", detail: "PUSH has no such option" },
  throttled: { socket: "s1", max: 1000 },
} satisfies Record<RuntimeTemplateId, Record<string, string | number>>;

/** A diagnostic of every runtime problem, as the gateway would raise it. */
export const RUNTIME_EXAMPLES: readonly Diagnostic[] = Object.entries(RUNTIME).map(
  ([id, params]): Diagnostic => ({
    severity: "error",
    code: "runtime-error",
    message: renderGatewayText(`runtime.${id}`, params, englishEventTexts) ?? "",
    messageId: `runtime.${id}`,
    params,
    sockets: "socket" in params ? [params.socket] : [],
  }),
);
