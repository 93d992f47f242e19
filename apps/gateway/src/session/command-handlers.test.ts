import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHarness, until } from "./test-harness.js";
import { pushPull } from "./test-doubles.js";
import type { FakeSocket } from "./test-doubles.js";

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "performance"],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

let counter = 0;
/** Send a command and wait for its answer. */
async function ask(page: FakeSocket, command: Record<string, unknown>) {
  const requestId = `q${(counter += 1)}`;
  page.receive({ ...command, requestId });
  await until(() => page.sent.some((m) => "requestId" in m && m.requestId === requestId));
  return page.sent.find((m) => "requestId" in m && m.requestId === requestId);
}

async function running() {
  const h = createHarness({ maxSockets: 4, maxMessageBytes: 10 });
  const page = await h.hello();
  expect(await ask(page, { type: "topology:deploy", topology: pushPull() })).toMatchObject({
    type: "command:ok",
  });
  const runtime = h.runtimes[0];
  if (!runtime) throw new Error("no runtime");
  return { ...h, page, runtime };
}

const bindFailed = {
  severity: "error" as const,
  code: "address-in-use" as const,
  message: "push: bind to tcp://127.0.0.1:5560 failed: the address is already in use.",
  sockets: ["push"],
};

describe("commands", () => {
  it("refuse runtime controls while nothing runs with not-running", async () => {
    const h = createHarness();
    const page = await h.hello();
    for (const type of ["runtime:pause", "runtime:resume", "runtime:step"]) {
      expect(await ask(page, { type })).toMatchObject({ code: "not-running" });
    }
    expect(await ask(page, { type: "socket:send", socketId: "push", frames: ["x"] })).toMatchObject(
      { code: "not-running" },
    );
    expect(await ask(page, { type: "process:kill", processId: "worker" })).toMatchObject({
      code: "not-running",
    });
    await h.registry.closeAll();
  });

  it("refuse a topology the runtime finds invalid, with its diagnostics", async () => {
    const h = createHarness();
    const page = await h.hello();
    const diagnostic = {
      severity: "error" as const,
      code: "incompatible-peers" as const,
      message: "PUB cannot talk to PULL.",
      sockets: ["a", "b"],
    };
    page.receive({ type: "session:ping", requestId: "warmup" });
    await until(() => h.runtimes.length === 1);
    const runtime = h.runtimes[0];
    if (runtime) runtime.deployResult = [diagnostic];
    const answer = await ask(page, { type: "topology:deploy", topology: pushPull() });
    expect(answer).toMatchObject({
      code: "invalid-topology",
      message: "PUB cannot talk to PULL.",
      diagnostics: [diagnostic],
    });
    expect(page.last("runtime:state")).toMatchObject({ running: false });
    await h.registry.closeAll();
  });

  it("say a failed redeploy left the previous topology running", async () => {
    const { page, runtime, registry } = await running();
    runtime.deployResult = [bindFailed];
    const answer = await ask(page, { type: "topology:deploy", topology: pushPull(5560) });
    expect(answer).toMatchObject({
      code: "invalid-topology",
      message: `${bindFailed.message} The previous topology is still running.`,
    });
    expect(page.last("runtime:state")).toMatchObject({ running: true });
    expect(await ask(page, { type: "runtime:pause" })).toMatchObject({ type: "command:ok" });
    await registry.closeAll();
  });

  it("say so, and report stopped, when a failed redeploy could not put the old one back", async () => {
    const { page, runtime, registry } = await running();
    runtime.deploy = async () => {
      runtime.running = false;
      return [bindFailed];
    };
    const answer = await ask(page, { type: "topology:deploy", topology: pushPull(5560) });
    expect(answer).toMatchObject({ code: "invalid-topology" });
    expect(answer && "message" in answer ? answer.message : "").toContain("Nothing is running now");
    expect(page.last("runtime:state")).toMatchObject({ running: false });
    expect(await ask(page, { type: "runtime:pause" })).toMatchObject({ code: "not-running" });
    await registry.closeAll();
  });

  it("refuse a topology with more sockets than the session may run", async () => {
    const h = createHarness({ maxSockets: 1 });
    const page = await h.hello();
    expect(await ask(page, { type: "topology:deploy", topology: pushPull() })).toMatchObject({
      code: "limit-exceeded",
    });
    expect(h.runtimes[0]?.calls).toEqual([]);
    await h.registry.closeAll();
  });

  it("pause, resume and step, reporting the state", async () => {
    const { page, runtime, registry } = await running();
    expect(await ask(page, { type: "runtime:step" })).toMatchObject({ code: "not-paused" });
    await ask(page, { type: "runtime:pause" });
    expect(page.last("runtime:state")).toMatchObject({ paused: true });
    expect(await ask(page, { type: "runtime:step" })).toMatchObject({
      type: "command:ok",
      stepped: true,
    });
    await ask(page, { type: "runtime:resume" });
    expect(page.last("runtime:state")).toMatchObject({ paused: false });
    expect(runtime.calls).toEqual(["deploy:2", "pause", "step", "resume"]);
    await registry.closeAll();
  });

  it("remember the speed and apply it to the next deploy", async () => {
    const h = createHarness();
    const page = await h.hello();
    await ask(page, { type: "runtime:speed", factor: 0.25 });
    expect(page.last("runtime:state")).toMatchObject({ speed: 0.25 });
    await ask(page, { type: "topology:deploy", topology: pushPull() });
    expect(h.runtimes[0]?.calls).toEqual(["deploy:2", "speed:0.25"]);
    await h.registry.closeAll();
  });

  it("send by hand only from a socket of the topology, within the size cap", async () => {
    const { page, runtime, registry } = await running();
    expect(
      await ask(page, { type: "socket:send", socketId: "ghost", frames: ["x"] }),
    ).toMatchObject({ code: "unknown-socket" });
    expect(
      await ask(page, { type: "socket:send", socketId: "push", frames: ["0123456789x"] }),
    ).toMatchObject({ code: "too-large" });
    expect(
      await ask(page, { type: "socket:send", socketId: "push", frames: ["hi", "there"] }),
    ).toMatchObject({ type: "command:ok" });
    expect(runtime.calls).toContain("send:push:hi|there");
    await registry.closeAll();
  });

  it("kill and restart only processes of the topology, lone sockets included", async () => {
    const { page, runtime, registry } = await running();
    expect(await ask(page, { type: "process:kill", processId: "nobody" })).toMatchObject({
      code: "unknown-process",
    });
    await ask(page, { type: "process:kill", processId: "worker" });
    await ask(page, { type: "process:restart", processId: "push" });
    expect(runtime.calls.slice(1)).toEqual(["kill:worker", "restart:push"]);
    await registry.closeAll();
  });

  it("turn a runtime exception into an internal error and keep working", async () => {
    const { page, runtime, registry } = await running();
    runtime.failNext = new Error("socket exploded");
    expect(await ask(page, { type: "socket:send", socketId: "push", frames: ["x"] })).toMatchObject(
      {
        code: "internal",
        message: "The gateway failed: socket exploded",
      },
    );
    expect(await ask(page, { type: "session:ping" })).toMatchObject({ type: "command:ok" });
    await registry.closeAll();
  });

  it("pass on a runtime error that names one of the protocol's codes", async () => {
    const { page, runtime, registry } = await running();
    runtime.failNext = Object.assign(new Error("push is closed"), { code: "unknown-socket" });
    expect(await ask(page, { type: "socket:send", socketId: "push", frames: ["x"] })).toMatchObject(
      { code: "unknown-socket", message: "push is closed" },
    );
    await registry.closeAll();
  });

  it("answer in the order they were sent, one at a time", async () => {
    const { page, registry } = await running();
    for (const id of ["a", "b", "c"]) page.receive({ type: "session:ping", requestId: id });
    await until(() => page.ofType("command:ok").length >= 4);
    expect(
      page
        .ofType("command:ok")
        .map((m) => m.requestId)
        .slice(-3),
    ).toEqual(["a", "b", "c"]);
    await registry.closeAll();
  });

  it("refuse commands beyond the queue cap with limit-exceeded", async () => {
    const h = createHarness({ maxPendingCommands: 2 });
    const page = await h.hello();
    for (const id of ["a", "b", "c"]) page.receive({ type: "session:ping", requestId: id });
    expect(page.last("command:error")).toMatchObject({ requestId: "c", code: "limit-exceeded" });
    await h.registry.closeAll();
  });
});

describe("runtime refusals", () => {
  it("become socket-error with the runtime's diagnostic", async () => {
    const { page, runtime, registry } = await running();
    const diagnostic = {
      severity: "error" as const,
      code: "runtime-error" as const,
      message: "A REQ must get its reply first.",
      sockets: ["push"],
    };
    runtime.failNext = Object.assign(new Error("A REQ must get its reply first."), {
      code: "EFSM",
      diagnostic,
    });
    expect(await ask(page, { type: "socket:send", socketId: "push", frames: ["x"] })).toMatchObject(
      {
        code: "socket-error",
        message: "A REQ must get its reply first.",
        diagnostics: [diagnostic],
      },
    );
    await registry.closeAll();
  });
});
