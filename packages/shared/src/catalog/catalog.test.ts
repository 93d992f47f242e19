import { describe, expect, it } from "vitest";
import { checkTopology } from "../topology/check.js";
import { socketOptionsSchema } from "../topology/schema.js";
import { tcp, topologyOf, withCode } from "../topology/testing.js";
import { arePeersCompatible, CATALOG } from "./catalog.js";
import { SOCKET_OPTIONS } from "./options.js";
import { SOCKET_TYPES } from "./socket-types.js";

const pairs = SOCKET_TYPES.flatMap((a) => SOCKET_TYPES.map((b) => [a, b] as const));
const legal = pairs.filter(([a, b]) => CATALOG[a].peers.includes(b));
const illegal = pairs.filter(([a, b]) => !CATALOG[a].peers.includes(b));

describe("the socket catalog", () => {
  it("has one entry per socket type, under its own name", () => {
    for (const type of SOCKET_TYPES) expect(CATALOG[type].type).toBe(type);
  });

  it.each(legal)("says %s may talk to %s, and the reverse", (a, b) => {
    expect(arePeersCompatible(a, b)).toBe(true);
    expect(arePeersCompatible(b, a)).toBe(true);
  });

  it("matches libzmq's check_socket_type table (ZEROMQ_NOTES §1)", () => {
    // Copied by hand from the notes, so a slip in the catalog cannot hide in both places.
    const notes: Record<string, string[]> = {
      PAIR: ["PAIR"],
      PUB: ["SUB", "XSUB"],
      SUB: ["PUB", "XPUB"],
      REQ: ["REP", "ROUTER"],
      REP: ["REQ", "DEALER"],
      DEALER: ["REP", "DEALER", "ROUTER"],
      ROUTER: ["REQ", "DEALER", "ROUTER"],
      PULL: ["PUSH"],
      PUSH: ["PULL"],
      XPUB: ["SUB", "XSUB"],
      XSUB: ["PUB", "XPUB"],
      SERVER: ["CLIENT"],
      CLIENT: ["SERVER"],
      RADIO: ["DISH"],
      DISH: ["RADIO"],
      GATHER: ["SCATTER"],
      SCATTER: ["GATHER"],
      CHANNEL: ["CHANNEL"],
    };
    for (const type of SOCKET_TYPES)
      expect([...CATALOG[type].peers].sort()).toEqual(notes[type]?.sort());
  });

  it.each(SOCKET_TYPES)("lists for %s only options the format knows", (type) => {
    const known = Object.keys(socketOptionsSchema.shape);
    for (const option of CATALOG[type].options) expect(known).toContain(option);
  });

  it("describes exactly the options the schema accepts", () => {
    expect(Object.keys(SOCKET_OPTIONS).sort()).toEqual(
      Object.keys(socketOptionsSchema.shape).sort(),
    );
  });

  it.each(SOCKET_TYPES)("gives %s only behaviours its direction allows", (type) => {
    const info = CATALOG[type];
    if (info.behaviors.includes("send")) expect(info.canSend).toBe(true);
    if (info.behaviors.includes("consume")) expect(info.canReceive).toBe(true);
    if (info.behaviors.includes("forward")) expect(info.canReceive).toBe(true);
    if (info.behaviors.includes("reply")) expect(info.canSend && info.canReceive).toBe(true);
  });
});

/** `a` connects to `b`'s bound endpoint: one link between the two types. */
function link(a: (typeof SOCKET_TYPES)[number], b: (typeof SOCKET_TYPES)[number]) {
  return topologyOf([
    { id: "binder", type: b, bind: [tcp(5555)] },
    { id: "connector", type: a, connect: [tcp(5555)] },
  ]);
}

describe("checkTopology on a link between two types", () => {
  it.each(legal)("accepts %s connecting to %s", (a, b) => {
    expect(withCode(checkTopology(link(a, b)), "incompatible-peers")).toEqual([]);
  });

  it.each(illegal)("refuses %s connecting to %s, naming both sockets and the endpoint", (a, b) => {
    const found = withCode(checkTopology(link(a, b)), "incompatible-peers");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "error",
      sockets: ["connector", "binder"],
      endpoint: tcp(5555),
    });
    expect(found[0]?.message).toContain(`${a} "connector" cannot talk to ${b} "binder"`);
    expect(found[0]?.message).toContain(`a ${a} only works with`);
  });
});
