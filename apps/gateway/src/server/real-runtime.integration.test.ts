import type { RuntimeTick, Topology } from "@zmq-playground/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime } from "../runtime/index.js";
import { startGatewayServer, type GatewayServer } from "./gateway-server.js";
import { TestClient } from "./test-client.js";

const PORT = 30450;
const wsUrl = `ws://127.0.0.1:${PORT}/ws`;
let server: GatewayServer;

beforeAll(async () => {
  server = await startGatewayServer({
    host: "127.0.0.1",
    port: PORT,
    webRoot: "/nonexistent",
    token: null,
    createRuntime,
  });
});
afterAll(async () => {
  await server.close();
});

function pipeline(endpoint: string): Topology {
  return {
    format: "zmq-topology",
    version: 1,
    processes: [{ id: "worker" }],
    sockets: [
      {
        id: "producer",
        type: "PUSH",
        bind: [endpoint],
        behavior: { send: { everyMs: 5, frames: ["task {seq}"] } },
      },
      {
        id: "consumer",
        type: "PULL",
        process: "worker",
        connect: [endpoint],
        behavior: { consume: {} },
      },
    ],
  };
}

const transports: [string, string][] = [
  ["tcp", "tcp://127.0.0.1:30451"],
  ["ipc", "ipc://pipeline.ipc"],
  ["inproc", "inproc://pipeline"],
];

describe.each(transports)(
  "a PUSH -> PULL pipeline over %s, driven through the WebSocket",
  (transport, endpoint) => {
    it("deploys, streams ticks whose counters grow, and stops", async () => {
      const client = await TestClient.open(wsUrl);
      await client.hello();
      client.send({ type: "topology:deploy", requestId: "deploy", topology: pipeline(endpoint) });
      expect(await client.answer("deploy")).toMatchObject({ type: "command:ok" });
      const state = await client.next("runtime:state", (m) => m.running);
      if (transport === "ipc") {
        // The page shows the real file, inside the session's own short folder.
        expect(state.endpoints[endpoint]).toMatch(/^ipc:\/\/\/?.*zmqpg-.*pipeline\.ipc$/);
      }
      // Messages flow every 5 ms: after half a second both counters have moved well past zero.
      const early = await client.next(
        "runtime:tick",
        (t) => (t.sockets.find((s) => s.id === "consumer")?.received ?? 0) > 0,
      );
      const late = await client.next("runtime:tick", (t) => t.seq >= early.seq + 10);
      const received = (t: typeof late) =>
        t.sockets.find((s) => s.id === "consumer")?.received ?? 0;
      expect(received(late)).toBeGreaterThan(received(early));
      expect(late.links).toEqual([
        expect.objectContaining({ connector: "consumer", binder: "producer", endpoint }),
      ]);
      expect(late.links[0]?.toConnector).toBeGreaterThan(0);
      const sampled = client.received.flatMap((m) => (m.type === "runtime:tick" ? m.samples : []));
      expect(
        sampled.some(
          (s) =>
            s.from === "producer" && s.to === "consumer" && s.frames[0]?.text.startsWith("task "),
        ),
      ).toBe(true);
      client.send({ type: "topology:stop", requestId: "stop" });
      expect(await client.answer("stop")).toMatchObject({ type: "command:ok" });
      expect(await client.next("runtime:state", (m) => !m.running)).toMatchObject({
        running: false,
      });
      client.close();
    });
  },
);

describe("the real runtime behind the protocol", () => {
  it("pauses, steps one message and resumes", async () => {
    const client = await TestClient.open(wsUrl);
    await client.hello();
    client.send({
      type: "topology:deploy",
      requestId: "d",
      topology: pipeline("inproc://pausing"),
    });
    await client.answer("d");
    client.send({ type: "runtime:pause", requestId: "p" });
    expect(await client.answer("p")).toMatchObject({ type: "command:ok" });
    client.send({ type: "runtime:step", requestId: "s" });
    expect(await client.answer("s")).toMatchObject({
      type: "command:ok",
      stepped: expect.any(Boolean),
    });
    client.send({ type: "runtime:resume", requestId: "r" });
    expect(await client.answer("r")).toMatchObject({ type: "command:ok" });
    client.send({ type: "topology:stop", requestId: "x" });
    await client.answer("x");
    client.close();
  });

  it("sends a message by hand and refuses one from a socket that cannot send", async () => {
    const client = await TestClient.open(wsUrl);
    await client.hello();
    client.send({
      type: "topology:deploy",
      requestId: "d",
      topology: pipeline("inproc://by-hand"),
    });
    await client.answer("d");
    client.send({
      type: "socket:send",
      requestId: "ok",
      socketId: "producer",
      frames: ["by hand"],
    });
    expect(await client.answer("ok")).toMatchObject({ type: "command:ok" });
    client.send({ type: "socket:send", requestId: "no", socketId: "consumer", frames: ["x"] });
    const refused = await client.answer("no");
    expect(refused.type).toBe("command:error");
    expect(refused).not.toMatchObject({ code: "internal" });
    client.send({ type: "topology:stop", requestId: "x" });
    await client.answer("x");
    client.close();
  });

  it("kills a process, sees its link go down, and restarts it", async () => {
    const client = await TestClient.open(wsUrl);
    await client.hello();
    /** The first tick received after message number `from` whose link is (or is not) connected. */
    const linkTick = (from: number, connected: boolean) =>
      client.waitFor(
        (m): m is RuntimeTick =>
          m.type === "runtime:tick" &&
          client.received.indexOf(m) >= from &&
          (m.links[0]?.state === "connected") === connected,
        connected ? "a connected link" : "a link that is down",
      );
    client.send({
      type: "topology:deploy",
      requestId: "d",
      topology: pipeline("tcp://127.0.0.1:30453"),
    });
    await client.answer("d");
    await linkTick(0, true);
    client.send({ type: "process:kill", requestId: "k", processId: "worker" });
    expect(await client.answer("k")).toMatchObject({ type: "command:ok" });
    await linkTick(client.received.length, false);
    client.send({ type: "process:kill", requestId: "k2", processId: "nobody" });
    expect(await client.answer("k2")).toMatchObject({ code: "unknown-process" });
    client.send({ type: "process:restart", requestId: "r", processId: "worker" });
    expect(await client.answer("r")).toMatchObject({ type: "command:ok" });
    await linkTick(client.received.length, true);
    client.send({ type: "topology:stop", requestId: "x" });
    await client.answer("x");
    client.close();
  });

  it("refuses an invalid topology with the validator's diagnostics and creates nothing", async () => {
    const client = await TestClient.open(wsUrl);
    await client.hello();
    const bad = pipeline("tcp://127.0.0.1:30452");
    const [producer] = bad.sockets;
    if (producer) producer.type = "PUB";
    client.send({ type: "topology:deploy", requestId: "bad", topology: bad });
    const answer = await client.answer("bad");
    expect(answer).toMatchObject({
      code: "invalid-topology",
      diagnostics: expect.arrayContaining([
        expect.objectContaining({ code: "incompatible-peers" }),
      ]),
    });
    expect(client.received.filter((m) => m.type === "runtime:state").at(-1)).toMatchObject({
      running: false,
    });
    client.close();
  });
});
