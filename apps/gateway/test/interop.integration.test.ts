import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseEndpoint } from "@zmq-playground/shared";
import { renderSample, type RuntimeSample } from "../src/runtime/index.js";
import { uniqueEndpoint, type Transport } from "./support/endpoints.js";
import { startRuntime, waitFor, type TestRuntime } from "./support/runtime.js";
import { topology } from "./support/topologies.js";

/** Debian's python3 has pyzmq (python3-zmq); the one first on PATH may not. */
const PYTHON = "/usr/bin/python3";

/**
 * A student's script, joining the running topology five ways: PUSH five two-frame
 * messages into its PULL; SUBscribe to its PUB; PULL from its PUSH, which already feeds
 * a PULL of the topology (round robin hands the newcomer messages at once); send one
 * request to its REP; and bind a PULL that a PUSH of the topology connects to. Prints
 * every frame it got, in hex.
 */
const SCRIPT = `
import json, sys, zmq
pull_at, pub_at, push_at, rep_at, bind_at = sys.argv[1:6]
ctx = zmq.Context()
def sock(kind, at=None, bind=None):
    s = ctx.socket(kind); s.setsockopt(zmq.RCVTIMEO, 5000); s.setsockopt(zmq.LINGER, 1000)
    if at: s.connect(at)
    if bind: s.bind(bind)
    return s
push = sock(zmq.PUSH, pull_at)
sub = sock(zmq.SUB); sub.setsockopt(zmq.SUBSCRIBE, b""); sub.connect(pub_at)
pull = sock(zmq.PULL, push_at)
req = sock(zmq.REQ, rep_at)
bound = sock(zmq.PULL, bind=bind_at)
for i in range(5): push.send_multipart([b"from python", str(i).encode()])
heard = [sub.recv_multipart() for _ in range(10)]
pulled = [pull.recv_multipart() for _ in range(10)]
req.send(b"hi")
reply = req.recv_multipart()
collected = [bound.recv_multipart() for _ in range(5)]
hexed = lambda ms: [[f.hex() for f in m] for m in ms]
print(json.dumps({"heard": hexed(heard), "pulled": hexed(pulled), "reply": [f.hex() for f in reply], "collected": hexed(collected)}))
`;

interface Heard {
  heard: string[][];
  pulled: string[][];
  reply: string[];
  collected: string[][];
}

function runPython<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, ["-c", script, ...args], { timeout: 15_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as T);
    });
  });
}

const text = (hex: string) => Buffer.from(hex, "hex").toString();

/** Where an outside program finds an endpoint: ipc names live in the session's folder. */
function outsideAddress(rt: TestRuntime, endpoint: string): string {
  const parsed = parseEndpoint(endpoint);
  return parsed.ok && parsed.transport === "ipc"
    ? `ipc://${join(rt.ipcDir, parsed.path)}`
    : endpoint;
}

describe("an outside program (pyzmq) joining a running topology", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  it.each<Transport>(["tcp", "ipc"])(
    "over %s sees exactly the behaviour's frames, and nothing else",
    async (transport) => {
      const current = startRuntime();
      rt = current;
      const ep = () => uniqueEndpoint(transport);
      const [pull, pub, push, rep, outside] = [ep(), ep(), ep(), ep(), ep()];
      const samples: RuntimeSample[] = [];
      rt.runtime.subscribe({ onSample: (s) => samples.push(s) });
      // As fast as a socket may send, each with a peer of the topology whose messages do
      // carry the trailer: the outside program must still never see one. At full speed
      // zeromq.js often holds a send back (high-water mark, or its event-loop fairness)
      // and lets it go to whichever peer is there by then; that once leaked trailers to
      // the newcomer, in about one run in two under CPU load, until outside handshakes
      // waited for such sends (SocketNode.tracedSendsSettled).
      const fast = (frames: string[]) => ({ send: { everyMs: 0, frames } });
      await rt.runtime.deploy(
        topology([
          { id: "pull", type: "PULL", bind: [pull], behavior: { consume: {} } },
          { id: "pub", type: "PUB", bind: [pub], behavior: fast(["news", "{seq}"]) },
          {
            id: "sub",
            type: "SUB",
            connect: [pub],
            options: { subscribe: [""] },
            behavior: { consume: {} },
          },
          { id: "push", type: "PUSH", bind: [push], behavior: fast(["task {seq}"]) },
          { id: "worker", type: "PULL", connect: [push], behavior: { consume: {} } },
          {
            id: "rep",
            type: "REP",
            bind: [rep],
            behavior: { reply: { frames: ["world to {in}"] } },
          },
          {
            id: "out",
            type: "PUSH",
            connect: [outside],
            behavior: { send: { everyMs: 5, frames: ["result {seq}"] } },
          },
        ]),
      );
      await waitFor(() => rt?.socket("worker").received !== 0, "the topology's own worker");
      const got = await runPython<Heard>(
        SCRIPT,
        [pull, pub, push, rep, outside].map((e) => outsideAddress(current, e)),
      );
      for (const message of got.heard) {
        expect(message.map(text)).toEqual(["news", expect.stringMatching(/^\d+$/)]);
      }
      for (const message of [...got.pulled, ...got.collected]) {
        expect(message.map(text)).toEqual([expect.stringMatching(/^(task|result) \d+$/)]);
      }
      expect(got.reply.map(text)).toEqual(["world to hi"]);
      await waitFor(() => rt?.socket("pull").received === 5, "the five pushed messages");
      const pushed = samples.filter((s) => s.to === "pull");
      expect(pushed.map((s) => renderSample(s).frames.map((f) => f.text))).toEqual(
        [0, 1, 2, 3, 4].map((i) => ["from python", String(i)]),
      );
      // Outside messages belong to no link of the diagram.
      expect(pushed.every((s) => s.from === null && s.link === null)).toBe(true);
      expect(rt.socket("rep")).toMatchObject({ received: 1, sent: 1 });
      // The event log says why the publisher's messages stopped being traced.
      const joined = rt.events.filter((e) => e.kind === "outside-peer").map((e) => e.socket);
      expect(joined).toEqual(expect.arrayContaining(["pub", "push", "pull", "rep"]));
    },
  );
});
