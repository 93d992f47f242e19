import type { SocketOptions } from "../../topology/schema.js";
import { oneLine, type Block } from "../lines.js";
import type { SocketPlan } from "../plan.js";
import { defaultLinger } from "../linger.js";
import { pyBytes, pyString } from "./literals.js";

type PlainOption = Exclude<keyof SocketOptions, "linger" | "subscribe" | "join" | "routingId">;

/** pyzmq's name for each option that is a plain number or flag for setsockopt. */
const PY_OPTIONS: readonly (readonly [PlainOption, string])[] = [
  ["sendHighWaterMark", "SNDHWM"],
  ["receiveHighWaterMark", "RCVHWM"],
  ["immediate", "IMMEDIATE"],
  ["reconnectInterval", "RECONNECT_IVL"],
  ["reconnectMaxInterval", "RECONNECT_IVL_MAX"],
  ["conflate", "CONFLATE"],
  ["mandatory", "ROUTER_MANDATORY"],
  ["handover", "ROUTER_HANDOVER"],
  ["probeRouter", "PROBE_ROUTER"],
  ["relaxed", "REQ_RELAXED"],
  ["correlate", "REQ_CORRELATE"],
  ["noDrop", "XPUB_NODROP"],
  ["invertMatching", "INVERT_MATCHING"],
];

/** Create one socket, set its options, bind and connect: the seed's order. */
export function pythonSocket(socket: SocketPlan, name: string): Block {
  const { spec, info } = socket;
  const lines: (string | Block)[] = [
    `# ${spec.id} (${spec.type}${spec.label ? `, "${oneLine(spec.label)}"` : ""}): ${info.summary}`,
    `${name} = context.socket(zmq.${spec.type})`,
    ...socket.warnings.map((w) => `# Note: ${oneLine(w)}`),
    ...lingerLines(name, spec.options?.linger, info.canSend),
  ];
  const options = spec.options ?? {};
  for (const [key, constant] of PY_OPTIONS) {
    const value = options[key];
    if (value === undefined) continue;
    if (!info.options.includes(key)) {
      lines.push(`# (${key} does not apply to a ${spec.type}, so it is left out)`);
      continue;
    }
    const v = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
    lines.push(`${name}.setsockopt(zmq.${constant}, ${v})`);
  }
  if (options.routingId !== undefined && info.options.includes("routingId")) {
    lines.push(
      `${name}.setsockopt(zmq.ROUTING_ID, ${pyBytes(options.routingId)})  # its name as a ROUTER sees it`,
    );
  }
  lines.push(...subscribeLines(socket, name, "before"));
  for (const ep of spec.bind ?? []) lines.push(`${name}.bind(${pyString(ep)})`);
  for (const ep of spec.connect ?? []) lines.push(`${name}.connect(${pyString(ep)})`);
  lines.push(...subscribeLines(socket, name, "after"));
  return lines;
}

/** See defaultLinger(). */
function lingerLines(name: string, linger: number | undefined, canSend: boolean): string[] {
  if (linger !== undefined) return [`${name}.setsockopt(zmq.LINGER, ${linger})`];
  const { ms, why } = defaultLinger(canSend);
  return [`${name}.setsockopt(zmq.LINGER, ${ms})  # ${why}`];
}

/** SUB subscribes with an option; an XSUB subscribes by sending [1, topic] once connected. */
function subscribeLines(socket: SocketPlan, name: string, when: "before" | "after"): string[] {
  const topics = socket.spec.options?.subscribe ?? [];
  if (topics.length === 0) return [];
  if (socket.spec.type === "SUB" && when === "before") {
    return topics.map((t) =>
      t === ""
        ? `${name}.setsockopt_string(zmq.SUBSCRIBE, "")  # "" subscribes to everything`
        : `${name}.setsockopt_string(zmq.SUBSCRIBE, ${pyString(t)})`,
    );
  }
  if (socket.spec.type === "XSUB" && when === "after") {
    return [
      "# An XSUB subscribes by sending a message: byte 1, then the topic.",
      ...topics.map((t) => `${name}.send(${pyBytes(`\u0001${t}`)})`),
    ];
  }
  return [];
}
