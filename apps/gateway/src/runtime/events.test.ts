import type { Diagnostic, RuntimeEvent, Topology } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { diagnosticProblem, eventProblem } from "../../test/support/event-check.js";
import { FakeAdapter } from "../zmq/fake.js";
import type { MonitorEventType } from "../zmq/types.js";
import { createRuntime } from "./index.js";

const EP = "tcp://127.0.0.1:20031";
const TAKEN = "tcp://127.0.0.1:20032";

const pipeline: Topology = {
  format: "zmq-topology",
  version: 1,
  sockets: [
    { id: "push", type: "PUSH", bind: [EP] },
    { id: "pull", type: "PULL", connect: [EP], behavior: { consume: {} } },
  ],
};

/** Every monitor event type, in an order a real connection could take. */
const MONITOR_TYPES: readonly MonitorEventType[] = [
  "connect:delay",
  "connect",
  "handshake",
  "disconnect",
  "connect:retry",
  "handshake:error:protocol",
  "handshake:error:auth",
  "handshake:error:other",
  "close",
  "close:error",
  "bind",
  "bind:error",
  "accept",
  "accept:error",
];

function start() {
  const adapter = new FakeAdapter();
  const runtime = createRuntime({ ipcDir: "/tmp/unused", adapter });
  const events: RuntimeEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  runtime.subscribe({ onEvent: (e) => events.push(e), onDiagnostic: (d) => diagnostics.push(d) });
  return { adapter, runtime, events, diagnostics };
}

describe("the runtime's events", () => {
  it("are each of a kind in EVENT_KINDS, with the message its English template gives", async () => {
    const { adapter, runtime, events } = start();
    expect(await runtime.deploy(pipeline)).toEqual([]);
    const [push, pull] = adapter.sockets;
    for (const type of MONITOR_TYPES) {
      pull?.monitor({ type, address: EP, interval: 100, errorCode: "EPIPE" });
      push?.monitor({ type, address: EP, errorCode: "ECONNREFUSED" });
    }
    await runtime.killProcess("pull");
    await runtime.restartProcess("pull");
    await runtime.teardown();

    adapter.taken.add(TAKEN);
    const busy: Topology = { ...pipeline, sockets: [{ id: "busy", type: "PUB", bind: [TAKEN] }] };
    await runtime.deploy(busy);
    await runtime.teardown();

    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of [...MONITOR_TYPES, "link-state", "process-killed", "process-restarted"])
      expect(kinds, kind).toContain(kind);
    expect(kinds).toContain("bind-error");
    expect(events.map(eventProblem).filter((p) => p !== null)).toEqual([]);
  });

  it("say a failed bind in words, with libzmq's code for the page to translate", async () => {
    const { adapter, runtime, events } = start();
    adapter.taken.add(TAKEN);
    await runtime.deploy({ ...pipeline, sockets: [{ id: "busy", type: "PUB", bind: [TAKEN] }] });
    const failed = events.find((e) => e.kind === "bind-error");
    expect(failed).toMatchObject({
      level: "error",
      socket: "busy",
      endpoint: TAKEN,
      messageId: "bind-error",
      params: { error: "EADDRINUSE" },
      message: `busy: bind to ${TAKEN} failed: the address is already in use (another socket or program has bound it) (EADDRINUSE).`,
    });
    await runtime.teardown();
  });

  it("name the link's state as a word the page can translate", async () => {
    const { adapter, runtime, events } = start();
    await runtime.deploy(pipeline);
    adapter.sockets[1]?.monitor({ type: "handshake", address: EP });
    const state = events.find((e) => e.kind === "link-state" && e.params?.state === "connected");
    expect(state).toMatchObject({
      socket: "pull",
      endpoint: EP,
      params: { state: "connected" },
      message: `The link from pull to ${EP} is connected.`,
    });
    await runtime.teardown();
  });
});

describe("the runtime's diagnostics", () => {
  it("name the event's text when a failure is also an event", async () => {
    const { adapter, runtime, diagnostics } = start();
    adapter.taken.add(TAKEN);
    await runtime.deploy({ ...pipeline, sockets: [{ id: "busy", type: "PUB", bind: [TAKEN] }] });
    const failed = diagnostics.find((d) => d.messageId === "events.bind-error");
    expect(failed?.params).toEqual({ socket: "busy", endpoint: TAKEN, error: "EADDRINUSE" });
    expect(diagnostics.map(diagnosticProblem).filter((p) => p !== null)).toEqual([]);
    await runtime.teardown();
  });

  it("give a refused manual send its own text, by id", async () => {
    const { runtime } = start();
    await runtime.deploy(pipeline);
    const refused = await runtime.sendManual("pull", ["x"]).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "socket-error",
      message: "A PULL socket cannot send; it only receives.",
      diagnostic: {
        messageId: "runtime.send.cannot-send",
        params: { socket: "pull", type: "PULL" },
        message: "A PULL socket cannot send; it only receives.",
      },
    });
    await runtime.teardown();
  });
});
