import {
  deriveLinks,
  TOPOLOGY_FORMAT,
  TOPOLOGY_VERSION,
  type Topology,
} from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { addConnect, removeEndpoint, removeLinks, replaceEndpoint } from "./links.js";

const pipeline: Topology = {
  format: TOPOLOGY_FORMAT,
  version: TOPOLOGY_VERSION,
  sockets: [
    { id: "producer", type: "PUSH", bind: ["tcp://127.0.0.1:5557"] },
    { id: "worker", type: "PULL", connect: ["tcp://127.0.0.1:5557"] },
  ],
};

describe("link operations", () => {
  it("draws a link by adding the endpoint to the connector, once", () => {
    const t = addConnect(
      addConnect(pipeline, "worker", "tcp://127.0.0.1:9999"),
      "worker",
      "tcp://127.0.0.1:9999",
    );
    expect(t.sockets[1]?.connect).toEqual(["tcp://127.0.0.1:5557", "tcp://127.0.0.1:9999"]);
  });

  it("keeps links when a bound endpoint is edited: connectors follow it", () => {
    const t = replaceEndpoint(pipeline, "producer", "bind", 0, "tcp://127.0.0.1:6000");
    expect(t.sockets[1]?.connect).toEqual(["tcp://127.0.0.1:6000"]);
    expect(deriveLinks(t)[0]?.binder).toBe("producer");
  });

  it("removes the links to a bound endpoint that is removed", () => {
    const t = removeEndpoint(pipeline, "producer", "bind", 0);
    expect(t.sockets[0]?.bind).toBeUndefined();
    expect(t.sockets[1]?.connect).toBeUndefined();
  });

  it("deletes a link by removing the connect endpoint, leaving the field out when empty", () => {
    const t = removeLinks(pipeline, [{ connector: "worker", endpoint: "tcp://127.0.0.1:5557" }]);
    expect(t.sockets[1]).toEqual({ id: "worker", type: "PULL" });
  });
});
