import { execFile } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import type { MessageSample } from "@zmq-playground/shared";
import { uniqueEndpoint } from "./support/endpoints.js";
import { startRuntime, waitFor, type TestRuntime } from "./support/runtime.js";
import { topology } from "./support/topologies.js";

/** Debian's python3 has pyzmq (python3-zmq); the one first on PATH may not. */
const PYTHON = "/usr/bin/python3";

/**
 * A student's script: PUSH five two-frame messages, SUBscribe and take ten messages,
 * send one request and read the reply. Prints every frame it got, in hex.
 */
const SCRIPT = `
import json, sys, zmq
pull_at, pub_at, rep_at = sys.argv[1:4]
ctx = zmq.Context()
push = ctx.socket(zmq.PUSH); push.connect(pull_at)
sub = ctx.socket(zmq.SUB); sub.setsockopt(zmq.SUBSCRIBE, b""); sub.connect(pub_at)
req = ctx.socket(zmq.REQ); req.connect(rep_at)
for s in (sub, req): s.setsockopt(zmq.RCVTIMEO, 5000)
for i in range(5): push.send_multipart([b"from python", str(i).encode()])
heard = [sub.recv_multipart() for _ in range(10)]
req.send(b"hi")
reply = req.recv_multipart()
for s in (push, sub, req): s.close(linger=1000)
print(json.dumps({"heard": [[f.hex() for f in m] for m in heard], "reply": [f.hex() for f in reply]}))
`;

function runPython(args: string[]): Promise<{ heard: string[][]; reply: string[] }> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, ["-c", SCRIPT, ...args], { timeout: 15_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as { heard: string[][]; reply: string[] });
    });
  });
}

const hex = (text: string) => Buffer.from(text).toString("hex");

describe("an outside program (pyzmq) joining a running topology", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  it.each(["tcp", "ipc"] as const)(
    "over %s sees exactly the behaviour's frames",
    async (transport) => {
      rt = startRuntime();
      const [pull, pub, rep] = [
        uniqueEndpoint(transport),
        uniqueEndpoint(transport),
        uniqueEndpoint(transport),
      ];
      const samples: MessageSample[] = [];
      rt.runtime.subscribe({ onSample: (s) => samples.push(s) });
      await rt.runtime.deploy(
        topology([
          { id: "pull", type: "PULL", bind: [pull], behavior: { consume: {} } },
          {
            id: "pub",
            type: "PUB",
            bind: [pub],
            behavior: { send: { everyMs: 0, frames: ["news", "{seq}"] } },
          },
          // As fast as a socket may send, and with a subscriber of its own whose messages do carry
          // the trailer: the outside subscriber must still never see one.
          {
            id: "sub",
            type: "SUB",
            connect: [pub],
            options: { subscribe: [""] },
            behavior: { consume: {} },
          },
          {
            id: "rep",
            type: "REP",
            bind: [rep],
            behavior: { reply: { frames: ["world to {in}"] } },
          },
        ]),
      );
      const at = rt.runtime.resolvedEndpoints();
      const got = await runPython([pull, pub, rep].map((e) => at[e] ?? e));
      for (const message of got.heard) {
        expect(message).toHaveLength(2);
        expect(message[0]).toBe(hex("news"));
        expect(Buffer.from(message[1] ?? "", "hex").toString()).toMatch(/^\d+$/);
      }
      expect(got.reply).toEqual([hex("world to hi")]);
      await waitFor(() => rt?.socket("pull").received === 5, "the five pushed messages");
      const pushed = samples.filter((s) => s.to === "pull");
      expect(pushed.map((s) => s.frames.map((f) => f.text))).toEqual(
        [0, 1, 2, 3, 4].map((i) => ["from python", String(i)]),
      );
      // Outside messages belong to no link of the diagram.
      expect(pushed.every((s) => s.from === null && s.link === null)).toBe(true);
      expect(rt.socket("rep")).toMatchObject({ received: 1, sent: 1 });
      // The topology's own subscriber kept hearing the publisher all along.
      expect(rt.socket("sub").received).toBeGreaterThan(10);
    },
  );
});
