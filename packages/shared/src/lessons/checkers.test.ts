import { describe, expect, it } from "vitest";
import type { SocketSpec, Topology } from "../topology/schema.js";
import type { CheckResult } from "./check-result.js";
import { CHECKERS } from "./checkers.js";
import { addSockets, editSocket, runStats, topologyOf } from "./testing.js";
import type { RunStats } from "../protocol/stats.js";

const lesson = (id: string) => topologyOf({ source: "lesson", id });
const seed = (id: string) => topologyOf({ source: "seed", id });

/** The message ids a verdict lists, in order. */
const ids = (r: CheckResult) => r.missing.map((m) => m.id);

describe("sub-for-one-topic (PUB-SUB: a subscriber for topic 10002 only)", () => {
  const check = CHECKERS["sub-for-one-topic"];
  const solved = lesson("pub-sub-solved");
  const run = runStats({ "sub-3": [0, 10] });
  const withSub3 = (recipe: (s: SocketSpec) => SocketSpec | null) =>
    editSocket(solved, "sub-3", recipe);

  it("passes on the solution once the new subscriber has heard something", () => {
    expect(check({ topology: solved, run })).toEqual({ passed: true, missing: [] });
  });

  it("asks for a run when the topology is right but not running", () => {
    expect(check({ topology: solved, run: null }).missing).toEqual([
      { id: "run-first", params: {} },
    ]);
  });

  it("asks for a new subscriber on the lesson's own topology", () => {
    expect(check({ topology: seed("pub-sub"), run: null }).missing).toEqual([
      { id: "add-subscriber", params: { topic: "10002" } },
    ]);
  });

  it("refuses a subscriber that hears everything", () => {
    const t = withSub3((s) => ({ ...s, options: { subscribe: [""] } }));
    expect(check({ topology: t, run }).missing).toEqual([
      { id: "hears-other-topic", params: { socket: "Subscriber 3 (10002)", topic: "10001" } },
    ]);
  });

  it("refuses a subscriber for the other topic", () => {
    const t = withSub3((s) => ({ ...s, options: { subscribe: ["10001"] } }));
    expect(ids(check({ topology: t, run }))).toEqual(["subscribe-to", "hears-other-topic"]);
  });

  it("refuses a subscriber that is not connected to publisher 2", () => {
    const t = withSub3((s) => ({ ...s, connect: ["tcp://127.0.0.1:5546"] }));
    expect(check({ topology: t, run }).missing).toEqual([
      {
        id: "connect-to",
        params: { socket: "Subscriber 3 (10002)", target: "Publisher on 5556" },
      },
    ]);
  });

  it("refuses a subscriber that never reads, and one that has heard nothing", () => {
    const deaf = withSub3(({ behavior: _, ...s }) => s);
    expect(ids(check({ topology: deaf, run }))).toEqual(["needs-consume"]);
    const quiet = runStats({ "sub-3": [0, 0] });
    expect(ids(check({ topology: solved, run: quiet }))).toEqual(["nothing-received-yet"]);
  });

  it("judges the best of several new subscribers", () => {
    const wrong: SocketSpec = { id: "sub-4", type: "SUB", options: { subscribe: [""] } };
    expect(check({ topology: addSockets(solved, wrong), run }).passed).toBe(true);
  });
});

describe("three-consumers (pipeline: balance the work over three consumers)", () => {
  const check = CHECKERS["three-consumers"];
  const solved = lesson("pipeline-solved");
  const run = runStats({
    producer: [100, 0],
    "consumer-1-in": [0, 34],
    "consumer-2-in": [0, 33],
    "consumer-3-in": [0, 33],
    collector: [0, 100],
  });

  it("passes on the solution when every consumer worked and all tasks arrived", () => {
    expect(check({ topology: solved, run }).passed).toBe(true);
  });

  it("counts the consumers of the lesson's own topology", () => {
    expect(check({ topology: seed("pipeline"), run }).missing).toEqual([
      { id: "more-consumers", params: { have: 2, want: 3 } },
    ]);
  });

  it("refuses a third consumer that keeps its tasks", () => {
    const t = editSocket(solved, "consumer-3-in", ({ behavior: _, ...s }) => s);
    expect(check({ topology: t, run }).missing).toEqual([
      {
        id: "consumer-not-passing-on",
        params: { socket: "Consumer 3 in", target: "Result collector" },
      },
    ]);
  });

  it("refuses a third consumer whose results go nowhere", () => {
    const t = editSocket(solved, "consumer-3-out", ({ connect: _, ...s }) => s);
    expect(ids(check({ topology: t, run }))).toEqual(["consumer-not-passing-on"]);
  });

  it("says which consumer sat idle and how many tasks the collector still lacks", () => {
    const short = runStats({ producer: [100, 0], "consumer-1-in": [0, 60], collector: [0, 60] });
    expect(check({ topology: solved, run: short }).missing).toEqual([
      { id: "consumer-idle", params: { socket: "Consumer 2 in" } },
      { id: "consumer-idle", params: { socket: "Consumer 3 in" } },
      { id: "collector-short", params: { socket: "Result collector", got: 60, want: 100 } },
    ]);
  });

  it("names a socket of the lesson that was deleted", () => {
    const t = editSocket(solved, "collector", () => null);
    expect(check({ topology: t, run }).missing).toEqual([
      { id: "socket-missing", params: { socket: "collector" } },
    ]);
  });
});

describe("late-collector (connect first: a collector added while the sender runs)", () => {
  const check = CHECKERS["late-collector"];
  const solved = lesson("connect-first-solved");
  const run = runStats({ sender: [10, 0], collector: [0, 10] });
  const withCollector = (recipe: (s: SocketSpec) => SocketSpec | null) =>
    editSocket(solved, "collector", recipe);

  it("passes when the collector got all ten tasks", () => {
    expect(check({ topology: solved, run })).toEqual({ passed: true, missing: [] });
  });

  it("asks for a PULL bound where the sender connects", () => {
    const expected = [{ id: "bind-missing", params: { endpoint: "tcp://127.0.0.1:5610" } }];
    expect(check({ topology: lesson("connect-first"), run }).missing).toEqual(expected);
    const connecting = withCollector(({ bind: _, ...s }) => ({
      ...s,
      connect: ["tcp://127.0.0.1:5610"],
    }));
    expect(check({ topology: connecting, run }).missing).toEqual(expected);
    const elsewhere = withCollector((s) => ({ ...s, bind: ["tcp://127.0.0.1:5699"] }));
    expect(check({ topology: elsewhere, run }).missing).toEqual(expected);
  });

  it("refuses a collector that never reads", () => {
    const t = withCollector(({ behavior: _, ...s }) => s);
    expect(ids(check({ topology: t, run }))).toEqual(["needs-consume"]);
  });

  it("says how many tasks are still missing", () => {
    const short = runStats({ sender: [10, 0], collector: [0, 6] });
    expect(check({ topology: solved, run: short }).missing).toEqual([
      { id: "collector-short", params: { socket: "Late collector", got: 6, want: 10 } },
    ]);
  });

  it("keeps the sender connecting: binding it instead is another lesson", () => {
    const t = editSocket(solved, "sender", ({ connect: _, ...s }) => s);
    expect(ids(check({ topology: t, run }))).toEqual(["sender-must-connect"]);
  });
});

describe("one-bind-per-address (Address in use: both publishers heard)", () => {
  const check = CHECKERS["one-bind-per-address"];
  const solved = lesson("address-in-use-solved");
  const run = runStats({ reader: [0, 20] }, [
    ["reader", "pub-a", 0, 10],
    ["reader", "pub-b", 0, 10],
  ]);

  it("passes when the reader hears both publishers", () => {
    expect(check({ topology: solved, run })).toEqual({ passed: true, missing: [] });
  });

  it("names the endpoint still bound twice", () => {
    expect(check({ topology: lesson("address-in-use"), run }).missing).toEqual([
      { id: "address-still-in-use", params: { endpoint: "tcp://127.0.0.1:5611" } },
    ]);
  });

  it("does not accept silencing a publisher by removing its bind", () => {
    const t = editSocket(lesson("address-in-use"), "pub-b", ({ bind: _, ...s }) => s);
    expect(check({ topology: t, run }).missing).toEqual([
      { id: "publisher-not-bound", params: { socket: "Publisher B" } },
      { id: "connect-to", params: { socket: "Reader", target: "Publisher B" } },
    ]);
  });

  it("wants the reader connected to the moved publisher", () => {
    const t = editSocket(solved, "reader", (s) => ({ ...s, connect: ["tcp://127.0.0.1:5611"] }));
    expect(check({ topology: t, run }).missing).toEqual([
      { id: "connect-to", params: { socket: "Reader", target: "Publisher B" } },
    ]);
  });

  it("says whom the reader has not heard from yet", () => {
    const half = runStats({ reader: [0, 10] }, [["reader", "pub-a", 0, 10]]);
    expect(check({ topology: solved, run: half }).missing).toEqual([
      { id: "not-heard-from", params: { socket: "Reader", target: "Publisher B" } },
    ]);
    expect(ids(check({ topology: solved, run: null }))).toEqual(["run-first"]);
  });
});

describe("supported-transport (pgm/epgm: make it run here)", () => {
  const check = CHECKERS["supported-transport"];
  const solved = lesson("multicast-solved");
  const run = runStats({ subscriber: [0, 10] });
  const EPGM = "epgm://eth0;239.192.1.1:5609";

  it("passes on tcp once the subscriber receives", () => {
    expect(check({ topology: solved, run })).toEqual({ passed: true, missing: [] });
  });

  it("names the epgm endpoint once, though two sockets use it", () => {
    expect(check({ topology: lesson("multicast"), run }).missing).toEqual([
      { id: "unsupported-transport", params: { endpoint: EPGM } },
    ]);
  });

  it("refuses a half move: the subscriber still on epgm", () => {
    const t = editSocket(solved, "subscriber", (s) => ({ ...s, connect: [EPGM] }));
    expect(check({ topology: t, run }).missing).toEqual([
      { id: "unsupported-transport", params: { endpoint: EPGM } },
      { id: "connect-to", params: { socket: "Subscriber", target: "Publisher" } },
    ]);
  });

  it("refuses two different tcp ports, and a subscriber that heard nothing", () => {
    const t = editSocket(solved, "subscriber", (s) => ({
      ...s,
      connect: ["tcp://127.0.0.1:5698"],
    }));
    expect(ids(check({ topology: t, run }))).toEqual(["connect-to"]);
    const quiet = runStats({ subscriber: [0, 0] });
    expect(ids(check({ topology: solved, run: quiet }))).toEqual(["nothing-received-yet"]);
  });
});

describe("legal-link (make an illegal link legal)", () => {
  const check = CHECKERS["legal-link"];
  const solved = lesson("illegal-link-solved");
  const run: RunStats = runStats({ client: [10, 10] });
  const asServer = (type: SocketSpec["type"], behavior: SocketSpec["behavior"]): Topology =>
    editSocket(lesson("illegal-link"), "server", (s) => ({ ...s, type, behavior }));

  it("passes with a REP, and with a ROUTER, that answer", () => {
    expect(check({ topology: solved, run })).toEqual({ passed: true, missing: [] });
    const router = asServer("ROUTER", { reply: { frames: ["ok {in}"] } });
    expect(check({ topology: router, run }).passed).toBe(true);
  });

  it("explains the clash on the lesson's topology, with the types REQ may talk to", () => {
    expect(check({ topology: lesson("illegal-link"), run }).missing).toEqual([
      {
        id: "incompatible",
        params: {
          socket: "Client (REQ)",
          target: "Server",
          type: "REQ",
          targetType: "PULL",
          allowed: "REP, ROUTER",
        },
      },
      { id: "server-must-reply", params: { socket: "Server" } },
    ]);
  });

  it("does not accept deleting the link", () => {
    const t = editSocket(lesson("illegal-link"), "client", ({ connect: _, ...s }) => s);
    expect(ids(check({ topology: t, run }))).toEqual(["keep-the-link"]);
  });

  it("wants the new REP to answer, and the client to get replies", () => {
    const t = asServer("REP", { consume: {} });
    expect(ids(check({ topology: t, run }))).toEqual(["server-must-reply"]);
    const none = runStats({ client: [1, 0] });
    expect(ids(check({ topology: solved, run: none }))).toEqual(["no-replies-yet"]);
  });
});
