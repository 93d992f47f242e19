import { describe, expect, it } from "vitest";
import { INCOMPATIBILITY_REASONS, parseServerMessage, PROTOCOL_VERSION } from "./messages.js";

const limits = {
  maxSockets: 64,
  maxMessageBytes: 65536,
  maxSendsPerSecond: 10000,
  maxClientMessagesPerSecond: 200,
  maxPayloadBytes: 2097152,
  tickIntervalMs: 50,
  maxSamplesPerTick: 64,
  resumeGraceMs: 30000,
};
const frame = { text: "task 1", hex: "7461736b2031", size: 6, truncated: false };
const sample = {
  seq: 1,
  at: 12.5,
  from: "push",
  to: "pull",
  link: "pull|tcp://127.0.0.1:5557",
  direction: "toBinder",
  frames: [frame],
};
const diagnostic = {
  severity: "error",
  code: "incompatible-peers",
  message: "PUB cannot talk to PULL.",
  sockets: ["a", "b"],
};

const valid: [string, object][] = [
  [
    "a welcome",
    {
      type: "session:welcome",
      protocolVersion: PROTOCOL_VERSION,
      sessionId: "s",
      resumed: false,
      limits,
    },
  ],
  [
    "a refusal",
    {
      type: "session:incompatible",
      reason: INCOMPATIBILITY_REASONS.clientTooOld,
      protocolVersion: 1,
      message: "Reload.",
    },
  ],
  ["an ok", { type: "command:ok", requestId: "r1" }],
  ["an ok for a step", { type: "command:ok", requestId: "r1", stepped: false }],
  [
    "an error with diagnostics",
    {
      type: "command:error",
      requestId: "r1",
      code: "invalid-topology",
      message: "m",
      diagnostics: [diagnostic],
    },
  ],
  [
    "an error about an unreadable message",
    { type: "command:error", requestId: null, code: "bad-message", message: "m" },
  ],
  [
    "a state",
    {
      type: "runtime:state",
      running: true,
      paused: false,
      speed: 1,
      endpoints: { "ipc://a": "ipc:///tmp/zmqpg-1/a" },
    },
  ],
  [
    "a tick",
    {
      type: "runtime:tick",
      seq: 3,
      at: 150,
      sockets: [{ id: "push", sent: 3, received: 0, errors: 0 }],
      links: [
        {
          connector: "pull",
          endpoint: "tcp://127.0.0.1:5557",
          binder: "push",
          state: "connected",
          toBinder: 0,
          toConnector: 3,
        },
      ],
      samples: [sample],
      droppedSamples: 2,
      events: [{ at: 10, level: "info", kind: "handshake", socket: "pull", message: "connected" }],
      droppedEvents: 0,
    },
  ],
  [
    "a tick saying a socket is blocked and a link dropped messages",
    {
      type: "runtime:tick",
      seq: 4,
      at: 200,
      sockets: [
        { id: "pub", sent: 3000, received: 0, errors: 0, blocked: false },
        { id: "push", sent: 12, received: 0, errors: 0, blocked: true },
      ],
      links: [
        {
          connector: "sub",
          endpoint: "inproc://news",
          binder: "pub",
          state: "connected",
          toBinder: 0,
          toConnector: 20,
          dropped: 2980,
        },
      ],
      samples: [],
      droppedSamples: 0,
      events: [],
      droppedEvents: 0,
    },
  ],
  [
    "runtime diagnostics",
    { type: "topology:diagnostics", source: "runtime", diagnostics: [diagnostic] },
  ],
];

describe("server messages", () => {
  it.each(valid)("accepts %s", (_name, message) => {
    expect(parseServerMessage(JSON.stringify(message))).toEqual({ ok: true, message });
  });

  const invalid: [string, object, RegExp][] = [
    [
      "an error code outside the closed list",
      { type: "command:error", requestId: "r", code: "oops", message: "m" },
      /code/,
    ],
    [
      "a refusal for an unknown reason",
      { type: "session:incompatible", reason: "bored", protocolVersion: 1, message: "m" },
      /reason/,
    ],
    [
      "a welcome without limits",
      { type: "session:welcome", protocolVersion: 1, sessionId: "s", resumed: false },
      /limits/,
    ],
    [
      "a tick with negative counters",
      {
        type: "runtime:tick",
        seq: 0,
        at: 0,
        sockets: [{ id: "a", sent: -1, received: 0, errors: 0 }],
        links: [],
        samples: [],
        droppedSamples: 0,
        events: [],
        droppedEvents: 0,
      },
      /sockets\.0\.sent/,
    ],
    [
      "a socket whose blocked is not a boolean",
      {
        type: "runtime:tick",
        seq: 0,
        at: 0,
        sockets: [{ id: "a", sent: 0, received: 0, errors: 0, blocked: "yes" }],
        links: [],
        samples: [],
        droppedSamples: 0,
        events: [],
        droppedEvents: 0,
      },
      /sockets\.0\.blocked/,
    ],
    [
      "a link with dropped not a whole number",
      {
        type: "runtime:tick",
        seq: 0,
        at: 0,
        sockets: [],
        links: [
          {
            connector: "b",
            endpoint: "inproc://x",
            binder: "a",
            state: "connected",
            toBinder: 0,
            toConnector: 0,
            dropped: 1.5,
          },
        ],
        samples: [],
        droppedSamples: 0,
        events: [],
        droppedEvents: 0,
      },
      /links\.0\.dropped/,
    ],
    [
      "a state with a non-text endpoint",
      { type: "runtime:state", running: true, paused: false, speed: 1, endpoints: { a: 1 } },
      /endpoints\.a/,
    ],
    [
      "diagnostics from an unknown source",
      { type: "topology:diagnostics", source: "moon", diagnostics: [] },
      /source/,
    ],
  ];

  it.each(invalid)("refuses %s, naming the field", (_name, message, field) => {
    const result = parseServerMessage(JSON.stringify(message));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("bad-message");
      expect(result.error.message).toMatch(field);
    }
  });

  it("names the incompatibility reasons as a closed, stable set", () => {
    expect(Object.values(INCOMPATIBILITY_REASONS)).toEqual([
      "client-too-old",
      "server-too-old",
      "forbidden",
      "too-many-sessions",
    ]);
  });
});
