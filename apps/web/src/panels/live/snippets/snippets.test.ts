import type { SocketSpec } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { joinPlan, snippetFor, type JoinPlan } from "./index.js";

const TCP = "tcp://127.0.0.1:5558";
const IPC = "ipc://collector.ipc";
const REAL: Record<string, string> = { [IPC]: "ipc:///tmp/zmqp-ab12/collector.ipc", [TCP]: TCP };

type Bound = Omit<SocketSpec, "id"> & { id?: string };

function plan(socket: Bound, endpoint = TCP): JoinPlan {
  const result = joinPlan({ id: "bound", ...socket }, endpoint, REAL);
  if (!result.ok) throw new Error(`no plan: ${result.reason}`);
  return result.plan;
}
const both = (p: JoinPlan) => [snippetFor(p, "python").code, snippetFor(p, "node").code];

describe("joinPlan: the right peer for each bound type", () => {
  it.each([
    ["PULL", "PUSH", "send"],
    ["PUSH", "PULL", "receive"],
    ["PUB", "SUB", "subscribe"],
    ["XPUB", "SUB", "subscribe"],
    ["SUB", "PUB", "publish"],
    ["XSUB", "PUB", "publish"],
    ["REP", "REQ", "request"],
    ["REQ", "REP", "reply"],
    ["DEALER", "DEALER", "talk"],
    ["PAIR", "PAIR", "talk"],
  ] as const)("joins a bound %s as a %s that does %s", (type, peer, action) => {
    expect(plan({ type })).toMatchObject({ peer, action });
  });

  it("joins a replying ROUTER as a REQ and a silent one as a DEALER, named either way", () => {
    expect(plan({ type: "ROUTER", behavior: { reply: { frames: ["ok"] } } })).toMatchObject({
      peer: "REQ",
      namesItself: true,
    });
    expect(plan({ type: "ROUTER" })).toMatchObject({ peer: "DEALER", namesItself: true });
  });

  it("uses tcp as written and the real path for ipc", () => {
    expect(plan({ type: "PULL" }).address).toBe(TCP);
    expect(plan({ type: "PULL" }, IPC)).toMatchObject({
      address: "ipc:///tmp/zmqp-ab12/collector.ipc",
      transport: "ipc",
    });
  });

  it("refuses what no outside program can join", () => {
    const refusal = (socket: SocketSpec, endpoint: string, real = REAL) => {
      const r = joinPlan(socket, endpoint, real);
      return r.ok ? null : r.reason;
    };
    expect(refusal({ id: "a", type: "PULL" }, "inproc://jobs")).toBe("inproc");
    expect(refusal({ id: "a", type: "SERVER" }, TCP)).toBe("draft");
    expect(refusal({ id: "a", type: "PULL" }, "tcp://nope")).toBe("invalid");
    expect(refusal({ id: "a", type: "PULL" }, IPC, {})).toBe("unresolved");
  });

  it("takes a PUB's topic from its send template and a SUB's from its subscriptions", () => {
    const pub: Bound = {
      type: "PUB",
      behavior: { send: { everyMs: 1, frames: ["weather {seq}"] } },
    };
    expect(plan(pub).topics).toEqual(["weather "]);
    expect(plan({ type: "PUB" }).topics).toEqual([""]);
    expect(plan({ type: "SUB", options: { subscribe: ["a", "b"] } }).topics).toEqual(["a", "b"]);
    expect(plan({ type: "PULL" }).topics).toEqual([]);
  });
});

describe("snippetFor: programs that connect with the right peer", () => {
  it("connects a PUSH to a bound PULL at the address, in both languages", () => {
    const [py, node] = both(plan({ id: "collector", type: "PULL" }));
    expect(py).toContain("sock = context.socket(zmq.PUSH)");
    expect(py).toContain(`sock.connect("${TCP}")`);
    expect(py).toContain('sock.send_string(f"hello {i} from python")');
    expect(node).toContain("new zmq.Push({ linger: 2000 })");
    expect(node).toContain(`sock.connect("${TCP}");`);
    expect(node).toContain("await sock.send(`hello ${i} from node`);");
  });

  it("connects to the real ipc path", () => {
    for (const code of both(plan({ type: "PULL" }, IPC))) {
      expect(code).toContain('"ipc:///tmp/zmqp-ab12/collector.ipc"');
      expect(code).not.toContain(`"${IPC}"`);
    }
  });

  it("subscribes a SUB to a PUB's topics", () => {
    const pub: Bound = {
      type: "PUB",
      behavior: { send: { everyMs: 1, frames: ["news", "{seq}"] } },
    };
    const [py, node] = both(plan(pub));
    expect(py).toContain('sock.setsockopt_string(zmq.SUBSCRIBE, "news")');
    expect(node).toContain('sock.subscribe("news");');
    const [pyAll, nodeAll] = both(plan({ type: "XPUB" }));
    expect(pyAll).toContain('sock.setsockopt_string(zmq.SUBSCRIBE, "")');
    expect(nodeAll).toContain("sock.subscribe(); // everything");
  });

  it("publishes to a bound SUB under its topic, after the slow-joiner pause", () => {
    const [py, node] = both(plan({ type: "SUB", options: { subscribe: ["news"] } }));
    expect(py).toContain(
      'sock.send_multipart(["news".encode(), f"hello {i} from python".encode()])',
    );
    expect(py).toContain("time.sleep(0.5)");
    expect(node).toContain('await sock.send(["news", `hello ${i} from node`]);');
  });

  it("sends requests to a REP and prints each reply, with a timeout", () => {
    const [py, node] = both(plan({ type: "REP" }));
    expect(py).toContain("zmq.REQ");
    expect(py).toContain('print("reply"');
    expect(py).toContain("zmq.RCVTIMEO, 3000");
    expect(py).not.toContain("ROUTING_ID");
    expect(node).toContain("new zmq.Request({ linger: 0, receiveTimeout: 3000 })");
  });

  it("names the program to a ROUTER so its identity is readable", () => {
    const [py, node] = both(plan({ type: "ROUTER" }));
    expect(py).toContain('sock.setsockopt(zmq.ROUTING_ID, b"python")');
    expect(node).toContain('routingId: "node"');
    expect(node).toContain("new zmq.Dealer(");
  });

  it("answers a bound REQ with a REP", () => {
    const [py, node] = both(plan({ type: "REQ" }));
    expect(py).toContain("zmq.REP");
    expect(py).toContain('sock.send_string("reply from python")');
    expect(node).toContain("new zmq.Reply(");
  });

  it("escapes topics and addresses as string literals", () => {
    const [py, node] = both(plan({ type: "SUB", options: { subscribe: ['say "hi"'] } }));
    expect(py).toContain('"say \\"hi\\"".encode()');
    expect(node).toContain('["say \\"hi\\"", ');
  });

  it("names the file after the socket and says how to run it", () => {
    const p = plan({ id: "pub-1", type: "PUB" });
    expect(snippetFor(p, "python")).toMatchObject({ fileName: "join_pub_1.py" });
    expect(snippetFor(p, "python").code).toContain("Run: python3 join_pub_1.py");
    expect(snippetFor(p, "node")).toMatchObject({ fileName: "join-pub-1.mjs" });
  });
});
