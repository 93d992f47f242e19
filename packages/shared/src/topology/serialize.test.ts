import { describe, expect, it } from "vitest";
import { parseTopologyText } from "./parse.js";
import type { Topology } from "./schema.js";
import { serializeTopology } from "./serialize.js";

describe("serializeTopology", () => {
  it("writes keys in the canonical order, whatever order they came in", () => {
    const t: Topology = {
      sockets: [
        {
          position: { x: 1, y: 2 },
          behavior: { consume: {} },
          options: { subscribe: [""], linger: 0 },
          connect: ["tcp://127.0.0.1:5555"],
          process: "p",
          label: "Sub",
          type: "SUB",
          id: "s",
        },
      ],
      processes: [{ label: "P", id: "p" }],
      description: "d",
      title: "t",
      version: 1,
      format: "zmq-topology",
    };
    const text = serializeTopology(t);
    const keys = (o: object) => Object.keys(o);
    const parsed: unknown = JSON.parse(text);
    expect(parsed).toBeTypeOf("object");
    expect(keys(parsed as object)).toEqual([
      "format",
      "version",
      "title",
      "description",
      "processes",
      "sockets",
    ]);
    expect(text).toContain(
      '"id": "s",\n      "type": "SUB",\n      "label": "Sub",\n      "process": "p"',
    );
    expect(text).toContain(
      '"options": {\n        "linger": 0,\n        "subscribe": [""]\n      }',
    );
  });

  it("orders behaviour fields as the format lists them", () => {
    const t: Topology = {
      format: "zmq-topology",
      version: 1,
      sockets: [
        { id: "p", type: "PUSH", behavior: { send: { count: 3, frames: ["x"], everyMs: 5 } } },
      ],
    };
    expect(serializeTopology(t)).toContain(
      '"everyMs": 5,\n          "frames": ["x"],\n          "count": 3\n',
    );
  });

  it("rounds positions to whole pixels", () => {
    const t: Topology = {
      format: "zmq-topology",
      version: 1,
      sockets: [{ id: "p", type: "PUSH", position: { x: 10.4, y: -3.6 } }],
    };
    expect(serializeTopology(t)).toContain('"position": { "x": 10, "y": -4 }');
  });

  it("leaves out empty optional fields", () => {
    const t: Topology = {
      format: "zmq-topology",
      version: 1,
      title: "",
      processes: [],
      sockets: [
        { id: "p", type: "PUSH", label: "", bind: [], connect: [], options: {}, behavior: {} },
      ],
    };
    expect(serializeTopology(t)).toBe(
      '{\n  "format": "zmq-topology",\n  "version": 1,\n  "sockets": [\n    { "id": "p", "type": "PUSH" }\n  ]\n}\n',
    );
  });

  it("keeps an empty behaviour that means something, like consume", () => {
    const t: Topology = {
      format: "zmq-topology",
      version: 1,
      sockets: [{ id: "c", type: "PULL", behavior: { consume: {} } }],
    };
    expect(serializeTopology(t)).toContain('"behavior": { "consume": {} }');
  });

  it("ends with a newline and reads back to the same topology", () => {
    const t: Topology = {
      format: "zmq-topology",
      version: 1,
      sockets: [
        {
          id: "c",
          type: "PULL",
          bind: ["ipc://a.ipc"],
          behavior: { forward: { to: "x", delayMs: 5 } },
        },
      ],
    };
    const text = serializeTopology(t);
    expect(text.endsWith("}\n")).toBe(true);
    const again = parseTopologyText(text);
    expect(again.ok && serializeTopology(again.topology)).toBe(text);
  });
});
