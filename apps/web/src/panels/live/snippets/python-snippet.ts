import type { JoinPlan } from "./join-plan.js";
import { literal, purpose, REQUEST_COUNT, SEND_COUNT, type Snippet } from "./snippet-types.js";

const PRINT = '[f.decode(errors="replace") for f in sock.recv_multipart()]';

/** The lines that make the peer do its part, after it has connected. */
function body(plan: JoinPlan): string[] {
  const topic = plan.topics[0] ?? "";
  switch (plan.action) {
    case "send":
      return [
        `for i in range(1, ${SEND_COUNT + 1}):`,
        '    sock.send_string(f"hello {i} from python")',
        "    time.sleep(0.1)",
      ];
    case "publish":
      return [
        "time.sleep(0.5)  # slow joiner: let the subscription arrive before publishing",
        `for i in range(1, ${SEND_COUNT + 1}):`,
        topic === ""
          ? '    sock.send_string(f"hello {i} from python")'
          : `    sock.send_multipart([${literal(topic)}.encode(), f"hello {i} from python".encode()])`,
        "    time.sleep(0.1)",
      ];
    case "receive":
    case "subscribe":
      return [`for _ in range(${SEND_COUNT}):`, `    print("received", ${PRINT})`];
    case "request":
      return [
        `for i in range(1, ${REQUEST_COUNT + 1}):`,
        '    sock.send_string(f"hello {i} from python")',
        "    try:",
        `        print("reply", ${PRINT})`,
        "    except zmq.Again:",
        '        print("no reply within 3 s")',
        "        break",
      ];
    case "reply":
      return [
        `for _ in range(${REQUEST_COUNT}):`,
        `    print("request", ${PRINT})`,
        '    sock.send_string("reply from python")',
      ];
    case "talk":
      return [
        `for i in range(1, ${REQUEST_COUNT + 1}):`,
        '    sock.send_string(f"hello {i} from python")',
        "try:",
        "    while True:",
        `        print("received", ${PRINT})`,
        "except zmq.Again:",
        "    pass  # quiet for 2 s: done",
      ];
  }
}

/** Options set before connecting, as the seeds do. */
function setup(plan: JoinPlan): string[] {
  const lines: string[] = [];
  if (plan.namesItself) {
    lines.push(
      `sock.setsockopt(zmq.ROUTING_ID, b"python")  # the identity the ${plan.socketType} will see`,
    );
  }
  if (plan.action === "request") {
    lines.push("sock.setsockopt(zmq.RCVTIMEO, 3000)  # give up after 3 s without a reply");
  }
  if (plan.action === "talk") lines.push("sock.setsockopt(zmq.RCVTIMEO, 2000)");
  for (const topic of plan.action === "subscribe" ? plan.topics : []) {
    const note = topic === "" ? '  # "" subscribes to everything' : "";
    lines.push(`sock.setsockopt_string(zmq.SUBSCRIBE, ${literal(topic)})${note}`);
  }
  return lines;
}

/** A pyzmq program that connects to the plan's address and plays the peer's part. */
export function pythonSnippet(plan: JoinPlan): Snippet {
  const sends = plan.action === "send" || plan.action === "publish";
  const fileName = `join_${plan.socketId.replace(/-/g, "_")}.py`;
  const code = [
    `# Joins ${plan.socketId} (a ${plan.socketType} bound at ${plan.endpoint}) as a ${plan.peer}:`,
    `# ${purpose(plan)}.`,
    `# Needs pyzmq (pip install pyzmq). Run: python3 ${fileName}`,
    "",
    ...(sends ? ["import time", ""] : []),
    "import zmq",
    "",
    "context = zmq.Context()",
    `sock = context.socket(zmq.${plan.peer})`,
    ...setup(plan),
    `sock.connect(${literal(plan.address)})`,
    ...body(plan),
    sends
      ? "sock.close(linger=2000)  # wait up to 2 s for queued messages to leave"
      : "sock.close(linger=0)",
    "context.term()",
    "",
  ].join("\n");
  return { language: "python", fileName, code };
}
