import { describe, expect, it } from "vitest";
import {
  atLeast,
  between,
  connected,
  delivered,
  exactly,
  heard,
  received,
  refused,
  sent,
} from "./expect.js";
import { expectationHolds, unmetExpectations, type Expectation } from "./expectations.js";
import { runStats } from "./testing.js";

const stats = runStats(
  { pub: [200, 0], sub: [0, 40], client: [3, 2] },
  [
    ["sub", "pub", 0, 40],
    ["client", "server", 3, 2],
  ],
  3000,
);
const refusedRun = {
  ...runStats({}, [], 0),
  ok: false,
  diagnostics: [
    { severity: "error" as const, code: "address-in-use" as const, message: "", sockets: [] },
  ],
};

const table: [string, Expectation, boolean][] = [
  ["an exact count", sent("pub", exactly(200)), true],
  ["a count off by one", sent("pub", exactly(199)), false],
  ["a minimum", received("sub", atLeast(40)), true],
  ["a range missed", received("sub", between(0, 39)), false],
  ["a socket that does not exist counts zero", received("ghost", exactly(0)), true],
  ["a link toward the connector", heard("sub", "pub", exactly(40)), true],
  ["a link toward the binder", delivered("client", "server", exactly(3)), true],
  ["a link that does not exist", heard("sub", "server", atLeast(1)), false],
  [
    "PUB sent more than SUB received",
    {
      kind: "compare",
      left: { socket: "sub", counter: "received" },
      op: "<",
      right: { socket: "pub", counter: "sent" },
    },
    true,
  ],
  [
    "a compare with an offset and a factor",
    {
      kind: "compare",
      left: { socket: "client", counter: "sent" },
      op: "==",
      right: { socket: "client", counter: "received", factor: 1, plus: 1 },
    },
    true,
  ],
  [
    "one per second at most",
    { kind: "perSecond", socket: "client", counter: "sent", bound: { max: 1 } },
    true,
  ],
  [
    "more than ten per second",
    { kind: "perSecond", socket: "pub", counter: "sent", bound: { min: 100 } },
    false,
  ],
  [
    "a diagnostic that is absent",
    { kind: "diagnostic", code: "address-in-use", present: true },
    false,
  ],
  ["a run that ran", { kind: "ran", value: true }, true],
  ["a connected link", connected("sub", "pub"), true],
  [
    "a link in another state",
    { kind: "linkState", connector: "sub", binder: "pub", state: "retrying" },
    false,
  ],
];

describe("expectations over RunStats", () => {
  it.each(table)("%s", (_, expectation, holds) => {
    expect(expectationHolds(stats, expectation)).toBe(holds);
  });

  it("recognise a refused deploy by its diagnostic", () => {
    expect(unmetExpectations(refusedRun, refused("address-in-use"))).toEqual([]);
    expect(unmetExpectations(stats, refused("address-in-use"))).toHaveLength(2);
  });

  it("report what was observed when an expectation fails", () => {
    expect(unmetExpectations(stats, [received("sub", exactly(41))])).toEqual([
      { expectation: received("sub", exactly(41)), observed: "40" },
    ]);
  });
});
