import { describe, expect, it } from "vitest";
import { parseTopology } from "./parse.js";

const base = { format: "zmq-topology", version: 1 };
const sock = { id: "a", type: "PUSH" };

describe("the topology schema", () => {
  it.each([
    ["no sockets at all", { ...base, sockets: [] }],
    ["the smallest socket", { ...base, sockets: [sock] }],
    [
      "every socket field",
      {
        ...base,
        title: "t",
        description: "d",
        processes: [{ id: "p", label: "P", position: { x: 1, y: 2 } }],
        sockets: [
          {
            ...sock,
            label: "A",
            process: "p",
            bind: ["tcp://127.0.0.1:5555"],
            connect: ["ipc://x.ipc"],
            options: { sendHighWaterMark: 10, linger: 0, immediate: true },
            behavior: { send: { everyMs: 10, frames: ["x"], count: 1, startAfterMs: 0 } },
            position: { x: -3.5, y: 4 },
          },
        ],
      },
    ],
    [
      "a malformed endpoint, which the validator explains instead",
      { ...base, sockets: [{ ...sock, bind: ["nope"] }] },
    ],
  ])("accepts %s", (_, document) => {
    expect(parseTopology(document)).toMatchObject({ ok: true, diagnostics: [] });
  });

  it.each([
    ["a missing sockets list", { ...base }, "sockets", undefined],
    ["sockets that are not a list", { ...base, sockets: {} }, "sockets", undefined],
    [
      "a socket without an id",
      { ...base, sockets: [{ type: "PUSH" }] },
      "sockets[0].id",
      undefined,
    ],
    ["an id with a space", { ...base, sockets: [{ ...sock, id: "a b" }] }, "sockets[0].id", "a b"],
    [
      "an unknown type",
      { ...base, sockets: [sock, { id: "b", type: "PUBB" }] },
      "sockets[1].type",
      "b",
    ],
    [
      "a lower-case type",
      { ...base, sockets: [{ id: "b", type: "push" }] },
      "sockets[0].type",
      "b",
    ],
    [
      "an endpoint that is not text",
      { ...base, sockets: [sock, { ...sock, id: "c", bind: ["x", 5] }] },
      "sockets[1].bind[1]",
      "c",
    ],
    [
      "an empty endpoint",
      { ...base, sockets: [{ ...sock, connect: [""] }] },
      "sockets[0].connect[0]",
      "a",
    ],
    [
      "an unknown socket field",
      { ...base, sockets: [{ ...sock, colour: "red" }] },
      "sockets[0].colour",
      "a",
    ],
    [
      "an unknown option",
      { ...base, sockets: [{ ...sock, options: { hwm: 1 } }] },
      "sockets[0].options.hwm",
      "a",
    ],
    [
      "a subscription that is not a list",
      { ...base, sockets: [{ ...sock, options: { subscribe: "a" } }] },
      "sockets[0].options.subscribe",
      "a",
    ],
    [
      "a fractional interval",
      { ...base, sockets: [{ ...sock, behavior: { send: { everyMs: 1.5, frames: ["x"] } } }] },
      "sockets[0].behavior.send.everyMs",
      "a",
    ],
    [
      "a send without frames",
      { ...base, sockets: [{ ...sock, behavior: { send: { everyMs: 1, frames: [] } } }] },
      "sockets[0].behavior.send.frames",
      "a",
    ],
    [
      "an unknown behaviour",
      { ...base, sockets: [{ ...sock, behavior: { shout: {} } }] },
      "sockets[0].behavior.shout",
      "a",
    ],
    [
      "a position without y",
      { ...base, sockets: [{ ...sock, position: { x: 1 } }] },
      "sockets[0].position.y",
      "a",
    ],
    [
      "a process without an id",
      { ...base, processes: [{}], sockets: [] },
      "processes[0].id",
      undefined,
    ],
    ["an unknown top-level field", { ...base, sockets: [], colour: 1 }, "colour", undefined],
    ["a quoted key", { ...base, sockets: [{ ...sock, "my key": 1 }] }, 'sockets[0]["my key"]', "a"],
  ])("refuses %s, at the right path", (_, document, path, socket) => {
    const result = parseTopology(document);
    expect(result.ok).toBe(false);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ severity: "error", code: "schema", path });
    expect(d?.sockets).toEqual(socket === undefined ? [] : [socket]);
    expect(d?.message.startsWith(path)).toBe(true);
  });

  it("reports every problem, one diagnostic each", () => {
    const result = parseTopology({
      ...base,
      sockets: [{ id: "a", type: "X", bind: [1], extra: 1 }],
    });
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      "sockets[0].type",
      "sockets[0].bind[0]",
      "sockets[0].extra",
    ]);
  });

  it("names the fields an object does have when it meets an unknown one", () => {
    const [d] = parseTopology({ ...base, sockets: [{ ...sock, behaviour: {} }] }).diagnostics;
    expect(d?.message).toContain("the fields are id, type, label, process, bind, connect");
  });

  it("says which values a socket type may take", () => {
    const [d] = parseTopology({ ...base, sockets: [{ id: "a", type: "PUBB" }] }).diagnostics;
    expect(d?.message).toContain('"PUB"');
    expect(d?.message).toContain('not "PUBB"');
  });
});
