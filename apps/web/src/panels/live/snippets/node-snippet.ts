import type { SocketType } from "@zmq-playground/shared";
import type { JoinPlan } from "./join-plan.js";
import { literal, purpose, REQUEST_COUNT, SEND_COUNT, type Snippet } from "./snippet-types.js";

/** The zeromq.js 6 class of each peer type a plan can ask for. */
const CLASS: Partial<Record<SocketType, string>> = {
  PUSH: "Push",
  PULL: "Pull",
  PUB: "Publisher",
  SUB: "Subscriber",
  REQ: "Request",
  REP: "Reply",
  DEALER: "Dealer",
  PAIR: "Pair",
};

const PRINT = "(await sock.receive()).map(String)";
const PAUSE = "await new Promise((resolve) => setTimeout(resolve, 100));";

function body(plan: JoinPlan): string[] {
  const topic = plan.topics[0] ?? "";
  const loop = (n: number) => `for (let i = 1; i <= ${n}; i++) {`;
  switch (plan.action) {
    case "send":
      return [loop(SEND_COUNT), "  await sock.send(`hello ${i} from node`);", `  ${PAUSE}`, "}"];
    case "publish":
      return [
        "// Slow joiner: let the subscription arrive before publishing.",
        "await new Promise((resolve) => setTimeout(resolve, 500));",
        loop(SEND_COUNT),
        topic === ""
          ? "  await sock.send(`hello ${i} from node`);"
          : `  await sock.send([${literal(topic)}, \`hello \${i} from node\`]);`,
        `  ${PAUSE}`,
        "}",
      ];
    case "receive":
    case "subscribe":
      return [loop(SEND_COUNT), `  console.log("received", ${PRINT});`, "}"];
    case "request":
      return [
        loop(REQUEST_COUNT),
        "  await sock.send(`hello ${i} from node`);",
        "  try {",
        `    console.log("reply", ${PRINT});`,
        "  } catch {",
        '    console.log("no reply within 3 s");',
        "    break;",
        "  }",
        "}",
      ];
    case "reply":
      return [
        loop(REQUEST_COUNT),
        `  console.log("request", ${PRINT});`,
        '  await sock.send("reply from node");',
        "}",
      ];
    case "talk":
      return [
        `for (let i = 1; i <= ${REQUEST_COUNT}; i++) await sock.send(\`hello \${i} from node\`);`,
        "try {",
        `  for (;;) console.log("received", ${PRINT});`,
        "} catch {",
        "  // quiet for 2 s: done",
        "}",
      ];
  }
}

/** Constructor options: zeromq.js takes them all at creation. */
function options(plan: JoinPlan): string {
  const sends = plan.action === "send" || plan.action === "publish";
  const entries = [`linger: ${sends ? 2000 : 0}`];
  if (plan.namesItself) entries.push('routingId: "node"');
  if (plan.action === "request") entries.push("receiveTimeout: 3000");
  if (plan.action === "talk") entries.push("receiveTimeout: 2000");
  return `{ ${entries.join(", ")} }`;
}

/** A zeromq.js 6 program (an ES module) that connects to the plan's address and plays the peer's part. */
export function nodeSnippet(plan: JoinPlan): Snippet {
  const fileName = `join-${plan.socketId}.mjs`;
  const subscribe =
    plan.action === "subscribe"
      ? plan.topics.map((t) =>
          t === "" ? "sock.subscribe(); // everything" : `sock.subscribe(${literal(t)});`,
        )
      : [];
  const notes = [
    ...(plan.namesItself ? [`// routingId: the identity the ${plan.socketType} will see.`] : []),
    ...(plan.action === "request" ? ["// receiveTimeout: give up after 3 s without a reply."] : []),
  ];
  const code = [
    `// Joins ${plan.socketId} (a ${plan.socketType} bound at ${plan.endpoint}) as a ${plan.peer}:`,
    `// ${purpose(plan)}.`,
    `// Needs zeromq 6 (npm install zeromq@6). Run: node ${fileName}`,
    'import * as zmq from "zeromq";',
    "",
    ...notes,
    `const sock = new zmq.${CLASS[plan.peer] ?? plan.peer}(${options(plan)});`,
    ...subscribe,
    `sock.connect(${literal(plan.address)});`,
    ...body(plan),
    "sock.close();",
    "",
  ].join("\n");
  return { language: "node", fileName, code };
}
