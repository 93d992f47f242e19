import { afterEach, describe, expect, it } from "vitest";
import { TRANSPORTS, uniqueEndpoint } from "./support/endpoints.js";
import { startRuntime, waitFor, type TestRuntime } from "./support/runtime.js";
import { topology } from "./support/topologies.js";

// Draft types are single-part: the trace trailer rides inside the payload.
describe("draft socket types", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  it.each(TRANSPORTS)("over %s deliver and are counted on their links", async (transport) => {
    rt = startRuntime();
    const ep = () => uniqueEndpoint(transport);
    const [radio, server, scatter, channel] = [ep(), ep(), ep(), ep()];
    const send = (frames: string[], extra = {}) => ({
      send: { everyMs: 10, frames, count: 5, startAfterMs: 200, ...extra },
    });
    const diagnostics = await rt.runtime.deploy(
      topology([
        {
          id: "radio",
          type: "RADIO",
          bind: [radio],
          behavior: send(["weather {seq}"], { group: "g" }),
        },
        {
          id: "dish",
          type: "DISH",
          connect: [radio],
          options: { join: ["g"] },
          behavior: { consume: {} },
        },
        {
          id: "server",
          type: "SERVER",
          bind: [server],
          behavior: { reply: { frames: ["re: {in}"] } },
        },
        { id: "client", type: "CLIENT", connect: [server], behavior: send(["q {seq}"]) },
        { id: "scatter", type: "SCATTER", bind: [scatter], behavior: send(["s {seq}"]) },
        { id: "gather", type: "GATHER", connect: [scatter], behavior: { consume: {} } },
        { id: "ch-a", type: "CHANNEL", bind: [channel], behavior: send(["ping {seq}"]) },
        {
          id: "ch-b",
          type: "CHANNEL",
          connect: [channel],
          behavior: { reply: { frames: ["pong"] } },
        },
      ]),
    );
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const done = () =>
      ["dish", "client", "gather", "ch-a"].every((id) => rt?.socket(id).received === 5);
    await waitFor(done, "five messages at each receiver");
    const links = Object.fromEntries(
      rt.runtime.snapshot().links.map((l) => [l.connector, [l.toBinder, l.toConnector]]),
    );
    expect(links).toEqual({ dish: [0, 5], client: [5, 5], gather: [0, 5], "ch-b": [5, 5] });
  });
});
