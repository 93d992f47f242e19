import { afterEach, describe, expect, it } from "vitest";
import { TRANSPORTS, uniqueEndpoint } from "./support/endpoints.js";
import { startRuntime, sleep, waitFor, type TestRuntime } from "./support/runtime.js";
import { topology } from "./support/topologies.js";

describe("relays built with forward", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  it.each(TRANSPORTS)(
    "a ROUTER-DEALER broker over %s returns every reply to the client that asked",
    async (transport) => {
      rt = startRuntime();
      const [fe, be] = [uniqueEndpoint(transport), uniqueEndpoint(transport)];
      const ask = {
        everyMs: 20,
        frames: ["request {seq} from {socket}"],
        count: 5,
        startAfterMs: 200,
      };
      await rt.runtime.deploy(
        topology(
          [
            { id: "c1", type: "REQ", connect: [fe], behavior: { send: ask } },
            { id: "c2", type: "REQ", connect: [fe], behavior: { send: ask } },
            {
              id: "front",
              type: "ROUTER",
              process: "broker",
              bind: [fe],
              behavior: { forward: { to: "back" } },
            },
            {
              id: "back",
              type: "DEALER",
              process: "broker",
              bind: [be],
              behavior: { forward: { to: "front" } },
            },
            {
              id: "w1",
              type: "REP",
              connect: [be],
              behavior: { reply: { frames: ["done: {in}"] } },
            },
            {
              id: "w2",
              type: "REP",
              connect: [be],
              behavior: { reply: { frames: ["done: {in}"] } },
            },
          ],
          ["broker"],
        ),
      );
      await waitFor(
        () => rt?.socket("c1").received === 5 && rt.socket("c2").received === 5,
        "five replies each",
      );
      await sleep(100);
      const { sockets, links } = rt.runtime.snapshot();
      const counts = Object.fromEntries(
        sockets.map((s): [string, [number, number]] => [s.id, [s.sent, s.received]]),
      );
      expect(counts).toMatchObject({ c1: [5, 5], c2: [5, 5], front: [10, 10], back: [10, 10] });
      const w1 = counts.w1 ?? [0, 0];
      const w2 = counts.w2 ?? [0, 0];
      expect([w1[0] + w2[0], w1[1] + w2[1]]).toEqual([10, 10]);
      const byLink = Object.fromEntries(
        links.map((l) => [l.connector, [l.toBinder, l.toConnector]]),
      );
      expect(byLink).toMatchObject({
        c1: [5, 5],
        c2: [5, 5],
        w1: [w1[0], w1[1]],
        w2: [w2[0], w2[1]],
      });
    },
  );

  it.each(TRANSPORTS)(
    "an XSUB-XPUB proxy over %s passes subscriptions up and messages down",
    async (transport) => {
      rt = startRuntime();
      const [up, down] = [uniqueEndpoint(transport), uniqueEndpoint(transport)];
      await rt.runtime.deploy(
        topology(
          [
            {
              id: "pub",
              type: "PUB",
              bind: [up],
              behavior: {
                send: { everyMs: 10, frames: ["a {seq}"], count: 20, startAfterMs: 400 },
              },
            },
            {
              id: "xsub",
              type: "XSUB",
              process: "proxy",
              connect: [up],
              behavior: { forward: { to: "xpub" } },
            },
            {
              id: "xpub",
              type: "XPUB",
              process: "proxy",
              bind: [down],
              behavior: { forward: { to: "xsub" } },
            },
            {
              id: "sub",
              type: "SUB",
              connect: [down],
              options: { subscribe: ["a"] },
              behavior: { consume: {} },
            },
          ],
          ["proxy"],
        ),
      );
      await waitFor(() => rt?.socket("sub").received === 20, "20 messages through the proxy");
      const links = Object.fromEntries(
        rt.runtime.snapshot().links.map((l) => [l.connector, l.toConnector]),
      );
      expect(links).toEqual({ xsub: 20, sub: 20 });
      // The subscription itself reached the XPUB (and went on upstream through the XSUB).
      expect(rt.socket("xpub").received).toBeGreaterThanOrEqual(1);
      expect(rt.socket("xsub").sent).toBe(rt.socket("xpub").received);
    },
  );
});
