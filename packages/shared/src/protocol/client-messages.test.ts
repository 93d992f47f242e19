import { describe, expect, it } from "vitest";
import { parseClientMessage, PROTOCOL_VERSION } from "./messages.js";

const topology = {
  format: "zmq-topology",
  version: 1,
  sockets: [
    { id: "push", type: "PUSH", bind: ["tcp://127.0.0.1:5557"] },
    { id: "pull", type: "PULL", connect: ["tcp://127.0.0.1:5557"] },
  ],
};

const valid: [string, object][] = [
  ["a first hello", { type: "session:hello", protocolVersion: PROTOCOL_VERSION }],
  [
    "a hello that resumes with a token",
    { type: "session:hello", protocolVersion: 1, sessionId: "abc", token: "t0k" },
  ],
  ["a deploy", { type: "topology:deploy", requestId: "r1", topology }],
  ["a stop", { type: "topology:stop", requestId: "r2" }],
  ["a pause", { type: "runtime:pause", requestId: "r3" }],
  ["a resume", { type: "runtime:resume", requestId: "r4" }],
  ["a slow-motion factor", { type: "runtime:speed", requestId: "r5", factor: 0.1 }],
  ["a step", { type: "runtime:step", requestId: "r6" }],
  [
    "a manual multipart send",
    { type: "socket:send", requestId: "r7", socketId: "push", frames: ["topic", "body"] },
  ],
  ["a kill", { type: "process:kill", requestId: "r8", processId: "worker-1" }],
  ["a restart", { type: "process:restart", requestId: "r9", processId: "worker-1" }],
  ["a ping", { type: "session:ping", requestId: "r10" }],
];

describe("client messages", () => {
  it.each(valid)("accepts %s", (_name, message) => {
    const result = parseClientMessage(JSON.stringify(message));
    expect(result).toEqual({ ok: true, message });
  });

  const invalid: [string, string, { code: string; requestId: string | null; says: RegExp }][] = [
    ["text that is not JSON", "{nope", { code: "bad-message", requestId: null, says: /not JSON/ }],
    ["a JSON array", "[1,2]", { code: "bad-message", requestId: null, says: /JSON object/ }],
    ["JSON null", "null", { code: "bad-message", requestId: null, says: /JSON object/ }],
    [
      "a message without a type",
      '{"requestId":"r1"}',
      { code: "bad-message", requestId: "r1", says: /missing/ },
    ],
    [
      "an unknown type",
      '{"type":"runtime:explode","requestId":"r1"}',
      { code: "bad-message", requestId: "r1", says: /runtime:explode/ },
    ],
    [
      "a type of the wrong kind",
      '{"type":42}',
      { code: "bad-message", requestId: null, says: /Unknown message type/ },
    ],
    [
      "a command without requestId",
      '{"type":"topology:stop"}',
      { code: "bad-message", requestId: null, says: /requestId/ },
    ],
    [
      "an empty requestId",
      '{"type":"topology:stop","requestId":""}',
      { code: "bad-message", requestId: null, says: /requestId/ },
    ],
    [
      "a hello without version",
      '{"type":"session:hello"}',
      { code: "bad-message", requestId: null, says: /protocolVersion/ },
    ],
    [
      "a hello with a text version",
      '{"type":"session:hello","protocolVersion":"1"}',
      { code: "bad-message", requestId: null, says: /protocolVersion/ },
    ],
    [
      "a speed of zero",
      '{"type":"runtime:speed","requestId":"r","factor":0}',
      { code: "bad-message", requestId: "r", says: /factor/ },
    ],
    [
      "a speed as text",
      '{"type":"runtime:speed","requestId":"r","factor":"fast"}',
      { code: "bad-message", requestId: "r", says: /factor/ },
    ],
    [
      "a send with no frames",
      '{"type":"socket:send","requestId":"r","socketId":"a","frames":[]}',
      { code: "bad-message", requestId: "r", says: /frames/ },
    ],
    [
      "a send with a number frame",
      '{"type":"socket:send","requestId":"r","socketId":"a","frames":[1]}',
      { code: "bad-message", requestId: "r", says: /frames\.0/ },
    ],
    [
      "a send from a malformed socket id",
      '{"type":"socket:send","requestId":"r","socketId":"a b","frames":["x"]}',
      { code: "bad-message", requestId: "r", says: /socketId/ },
    ],
    [
      "a kill without process",
      '{"type":"process:kill","requestId":"r"}',
      { code: "bad-message", requestId: "r", says: /processId/ },
    ],
    [
      "an extra field",
      '{"type":"session:ping","requestId":"r","admin":true}',
      { code: "bad-message", requestId: "r", says: /admin/ },
    ],
    [
      "a deploy without topology",
      '{"type":"topology:deploy","requestId":"r"}',
      { code: "invalid-topology", requestId: "r", says: /topology/ },
    ],
  ];

  it.each(invalid)("refuses %s, saying why", (_name, text, expected) => {
    const result = parseClientMessage(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(expected.code);
    expect(result.error.requestId).toBe(expected.requestId);
    expect(result.error.message).toMatch(expected.says);
  });

  it("reports a topology that breaks the format as invalid-topology with a diagnostic per problem", () => {
    const broken = { ...topology, sockets: [{ id: "x", type: "PUSHY" }] };
    const result = parseClientMessage(
      JSON.stringify({ type: "topology:deploy", requestId: "r", topology: broken }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid-topology");
    expect(result.error.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", code: "schema", path: "sockets.0.type" }),
    ]);
  });

  it("never throws, whatever the text", () => {
    for (const text of [
      "",
      " ",
      "\u0000",
      "1e999",
      '"str"',
      "{".repeat(10_000),
      '{"type":{"toString":1}}',
    ]) {
      expect(() => parseClientMessage(text)).not.toThrow();
    }
  });
});
