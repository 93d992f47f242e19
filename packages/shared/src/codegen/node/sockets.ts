import type { SocketOptions } from "../../topology/schema.js";
import { oneLine, type Block } from "../lines.js";
import type { SocketPlan } from "../plan.js";
import { defaultLinger } from "../linger.js";
import { jsString } from "./literals.js";

/** The zeromq.js class of each type; draft types come from "zeromq/draft.js". */
const CLASS: Readonly<Record<SocketPlan["spec"]["type"], string>> = {
  REQ: "zmq.Request",
  REP: "zmq.Reply",
  DEALER: "zmq.Dealer",
  ROUTER: "zmq.Router",
  PUB: "zmq.Publisher",
  SUB: "zmq.Subscriber",
  XPUB: "zmq.XPublisher",
  XSUB: "zmq.XSubscriber",
  PUSH: "zmq.Push",
  PULL: "zmq.Pull",
  PAIR: "zmq.Pair",
  CLIENT: "draft.Client",
  SERVER: "draft.Server",
  RADIO: "draft.Radio",
  DISH: "draft.Dish",
  SCATTER: "draft.Scatter",
  GATHER: "draft.Gather",
  CHANNEL: "Channel",
};

type ConstructorOption = Exclude<keyof SocketOptions, "subscribe" | "join" | "linger">;

/** Options zeromq.js takes in the constructor, under the topology's own names. */
const CONSTRUCTOR_OPTIONS: readonly ConstructorOption[] = [
  "sendHighWaterMark",
  "receiveHighWaterMark",
  "immediate",
  "reconnectInterval",
  "reconnectMaxInterval",
  "routingId",
  "conflate",
  "mandatory",
  "handover",
  "probeRouter",
  "relaxed",
  "correlate",
  "noDrop",
  "invertMatching",
];

/** Create one socket with its options, then bind and connect: the seed's order. */
export function nodeSocket(socket: SocketPlan, name: string): Block {
  const { spec, info } = socket;
  const options = spec.options ?? {};
  const fallback = defaultLinger(info.canSend);
  const linger = options.linger ?? fallback.ms;
  const entries = [`linger: ${linger}`];
  const skipped: string[] = [];
  for (const key of CONSTRUCTOR_OPTIONS) {
    const value = options[key];
    if (value === undefined) continue;
    if (info.options.includes(key)) entries.push(`${key}: ${JSON.stringify(value)}`);
    else skipped.push(`// (${key} does not apply to a ${spec.type}, so it is left out)`);
  }
  const lingerNote = options.linger === undefined ? ` // linger: ${fallback.why}` : "";
  const lines: (string | Block)[] = [
    `// ${spec.id} (${spec.type}${spec.label ? `, "${oneLine(spec.label)}"` : ""}): ${info.summary}`,
    ...socket.warnings.map((w) => `// Note: ${oneLine(w)}`),
    `const ${name} = new ${CLASS[spec.type]}({ ${entries.join(", ")} });${lingerNote}`,
    ...skipped,
  ];
  const topics = options.subscribe ?? [];
  if (spec.type === "SUB") {
    lines.push(
      ...topics.map(
        (t) =>
          `${name}.subscribe(${jsString(t)});${t === "" ? ' // "" subscribes to everything' : ""}`,
      ),
    );
  }
  if (spec.type === "DISH") {
    for (const group of new Set(options.join ?? []))
      lines.push(`${name}.join(${jsString(group)});`);
  }
  for (const ep of spec.bind ?? []) lines.push(`await ${name}.bind(${jsString(ep)});`);
  for (const ep of spec.connect ?? []) lines.push(`${name}.connect(${jsString(ep)});`);
  if (spec.type === "XSUB" && topics.length > 0) {
    lines.push(
      "// An XSUB subscribes by sending a message: byte 1, then the topic.",
      ...topics.map((t) => `await ${name}.send(${jsString(`\u0001${t}`)});`),
    );
  }
  return lines;
}
