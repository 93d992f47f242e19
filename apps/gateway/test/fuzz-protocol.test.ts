/**
 * The WebSocket protocol under fire, against a real gateway server and runtime on
 * loopback: batches of generated and damaged client messages (fast-check), each batch
 * followed by a stop and a ping that must be answered. Every input gets exactly one
 * answer; every input the shared parser refuses gets a command:error with the code and
 * requestId that parser gives; every server message parses with parseServerMessage; the
 * gateway keeps serving new pages, and its memory and descriptors stay bounded.
 * The client-message rate cap is raised on this server (the cap itself is tested in
 * src/server/hostile-input.test.ts), so that thousands of inputs reach the parser.
 * Input counts: the numRuns of each property times its batch size, in the test names.
 */
import fc from "fast-check";
import {
  PROTOCOL_VERSION,
  parseClientMessage,
  type ClientMessage,
  type ServerMessage,
} from "@zmq-playground/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBenchGateway, type BenchGateway } from "../bench/gateway.js";
import { fdsSettledTo, memoryAfterGc, openFds } from "../bench/proc.js";
import { sleep } from "../bench/stats.js";
import { TestClient } from "../src/server/test-client.js";

let gateway: BenchGateway;
let client: TestClient;
let baseline: { fds: number; heapUsedMb: number };
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  gateway = await startBenchGateway({ limits: { maxClientMessagesPerSecond: 1_000_000 } });
  client = await TestClient.open(gateway.wsUrl);
  await client.hello();
  // Warm up (the session's zmq Context, code paths) before taking the baseline.
  await runBatch([JSON.stringify(VALID[1])]);
  baseline = { fds: openFds(), heapUsedMb: memoryAfterGc().heapUsedMb };
});
afterAll(async () => {
  client.close();
  await gateway.close();
  process.off("unhandledRejection", onUnhandled);
});

/** One valid message of every client type; the deploy stays on inproc (no real ports). */
const VALID: readonly ClientMessage[] = [
  { type: "session:hello", protocolVersion: PROTOCOL_VERSION },
  {
    type: "topology:deploy",
    requestId: "d",
    topology: {
      format: "zmq-topology",
      version: 1,
      processes: [{ id: "w" }],
      sockets: [
        {
          id: "prod",
          type: "PUSH",
          bind: ["inproc://fz"],
          behavior: { send: { everyMs: 10, frames: ["t {seq}"] } },
        },
        {
          id: "sink",
          type: "PULL",
          process: "w",
          connect: ["inproc://fz"],
          behavior: { consume: {} },
        },
      ],
    },
  },
  { type: "topology:stop", requestId: "s" },
  { type: "runtime:pause", requestId: "p" },
  { type: "runtime:resume", requestId: "r" },
  { type: "runtime:speed", requestId: "v", factor: 0.5 },
  { type: "runtime:step", requestId: "st" },
  { type: "socket:send", requestId: "m", socketId: "prod", frames: ["hi", "there"] },
  { type: "process:kill", requestId: "k", processId: "w" },
  { type: "process:restart", requestId: "rs", processId: "w" },
  { type: "session:ping", requestId: "pg" },
];

const strange = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, -1, 1e308, "", "x".repeat(100), [], {}, true, "session:ping"),
);

/** A valid message with one field (or a new one) set to a value of any type. */
const wrongFieldType = fc
  .record({
    base: fc.constantFrom(...VALID),
    field: fc.oneof(
      fc.constantFrom("type", "requestId", "topology", "frames", "socketId", "factor"),
      fc.string({ maxLength: 8 }),
    ),
    value: strange,
  })
  .map(({ base, field, value }) => JSON.stringify({ ...base, [field]: value }));

/** A valid message's text with characters cut, inserted or replaced. */
const mutatedValid = fc
  .record({
    base: fc.constantFrom(...VALID.map((m) => JSON.stringify(m))),
    at: fc.nat(),
    cut: fc.nat({ max: 12 }),
    insert: fc.string({
      maxLength: 4,
      unit: fc.constantFrom("{", "}", "[", "]", '"', ",", ":", "1", "a", "\\", "\u0000", "é"),
    }),
  })
  .map(({ base, at, cut, insert }) => {
    const i = at % (base.length + 1);
    return base.slice(0, i) + insert + base.slice(i + cut);
  });

const randomJson = fc.json({ maxDepth: 5 });
const randomText = fc.string({ unit: "binary", maxLength: 300 });
const randomBytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b));

/** Nesting thousands deep, bare or inside the fields that take arrays and objects. */
const deepNesting = fc
  .record({ depth: fc.integer({ min: 1_000, max: 200_000 }), shape: fc.nat({ max: 3 }) })
  .map(({ depth, shape }) => {
    const arrays = "[".repeat(depth) + "]".repeat(depth);
    const objects = '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
    if (shape === 0) return arrays;
    if (shape === 1) return objects;
    if (shape === 2)
      return `{"type":"socket:send","requestId":"n","socketId":"prod","frames":${arrays}}`;
    return `{"type":"topology:deploy","requestId":"n","topology":${objects}}`;
  });

/** Strings of 100 KB to 1.9 MB (the payload cap is 2 MiB) in every place a string goes. */
const hugeString = fc
  .record({ size: fc.integer({ min: 100_000, max: 1_900_000 }), place: fc.nat({ max: 4 }) })
  .map(({ size, place }) => {
    const big = "é".repeat(size / 2);
    switch (place) {
      case 0:
        return JSON.stringify({ type: "session:ping", requestId: big });
      case 1:
        return JSON.stringify({
          type: "socket:send",
          requestId: "h",
          socketId: "prod",
          frames: [big],
        });
      case 2:
        return JSON.stringify({ type: big, requestId: "h" });
      case 3:
        return JSON.stringify({
          ...VALID[1],
          topology: { ...asObject(VALID[1]).topology, description: big },
        });
      default:
        return big;
    }
  });

function asObject(m: ClientMessage | undefined): { topology: object } {
  return m && m.type === "topology:deploy" ? m : { topology: {} };
}

const isAnswer = (
  m: ServerMessage,
): m is Extract<ServerMessage, { type: "command:ok" | "command:error" }> =>
  m.type === "command:ok" || m.type === "command:error";

let sentinels = 0;
/** Inputs sent so far (the test names give the expected order of magnitude). */
let sent = 0;

/**
 * Send the inputs, then a stop and a ping, and wait for the ping's answer: by then every
 * input has been answered (refusals at once, commands in order in the session's queue).
 */
async function runBatch(inputs: readonly (string | Buffer)[]): Promise<void> {
  client.received.length = 0;
  sent += inputs.length;
  for (const input of inputs) client.ws.send(input);
  sentinels += 1;
  const stop = `stop-${sentinels}`;
  const ping = `ping-${sentinels}`;
  client.send({ type: "topology:stop", requestId: stop });
  client.send({ type: "session:ping", requestId: ping });
  expect(await client.answer(ping, 20_000)).toMatchObject({ type: "command:ok" });
  expect(client.closed).toBeNull();
  expect(client.invalid).toEqual([]);
  const answers = client.received.filter(isAnswer);
  expect(answers).toHaveLength(inputs.length + 2);
  // Each refusal the shared parser predicts is there, with its code and requestId.
  const errors = answers.flatMap((a) => (a.type === "command:error" ? [a] : []));
  for (const input of inputs) {
    const text =
      typeof input === "string" ? Buffer.from(input).toString("utf8") : input.toString("utf8");
    const expected = parseClientMessage(text);
    if (expected.ok) continue;
    const at = errors.findIndex(
      (e) => e.code === expected.error.code && e.requestId === expected.error.requestId,
    );
    expect(at, `no ${expected.error.code} for ${text.slice(0, 120)}`).toBeGreaterThanOrEqual(0);
    errors.splice(at, 1);
  }
}

/** A new page still gets a session and an answer; nothing leaked beyond bounds. */
async function expectHealthy(): Promise<void> {
  const fresh = await TestClient.open(gateway.wsUrl);
  await fresh.hello();
  fresh.send({ type: "session:ping", requestId: "alive" });
  expect(await fresh.answer("alive")).toMatchObject({ type: "command:ok" });
  fresh.close();
  await fresh.closedWith();
  await sleep(100);
  expect(unhandled).toEqual([]);
  expect(await fdsSettledTo(baseline.fds + 8)).toBeLessThanOrEqual(baseline.fds + 8);
  expect(memoryAfterGc().heapUsedMb).toBeLessThan(baseline.heapUsedMb + 40);
}

function batches<T>(input: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<T[]> {
  // size "max": lengths spread over 1..maxLength (fast-check's default keeps them small).
  return fc.array(input, { minLength: 1, maxLength, size: "max" });
}

describe("a gateway fed generated and damaged protocol messages", () => {
  const cases: [string, fc.Arbitrary<(string | Buffer)[]>, number][] = [
    [
      "~3000 valid-shaped commands with a field of the wrong type",
      batches(wrongFieldType, 40),
      150,
    ],
    ["~3000 valid messages with characters damaged", batches(mutatedValid, 40), 150],
    ["~2000 random JSON documents", batches(randomJson, 40), 100],
    ["~1500 random texts", batches(randomText, 40), 75],
    ["~1500 binary frames of random bytes", batches(randomBytes, 40), 75],
    ["~60 documents nested 1,000 to 200,000 levels deep", batches(deepNesting, 3), 30],
    ["~25 strings of 100 KB to 1.9 MB", batches(hugeString, 2), 15],
  ];
  it.each(cases)(
    "answers %s, one structured answer each",
    async (name, arbitrary, numRuns) => {
      const before = sent;
      await fc.assert(
        fc.asyncProperty(arbitrary, async (inputs) => runBatch(inputs)),
        { numRuns },
      );
      console.info(`${name}: ${sent - before} inputs in ${numRuns} batches`);
      await expectHealthy();
    },
    30_000,
  );

  it("ignores prototype-polluting keys", async () => {
    await runBatch([
      '{"__proto__":{"type":"topology:stop"},"requestId":"x"}',
      '{"type":"session:ping","requestId":"y","__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"type":"session:ping"}},"requestId":"z"}',
      '{"type":"topology:deploy","requestId":"q","topology":{"__proto__":{"sockets":[]},"format":"zmq-topology","version":1}}',
    ]);
    expect(Reflect.get({}, "admin")).toBeUndefined();
    expect(Reflect.get({}, "type")).toBeUndefined();
    await expectHealthy();
  });
});
