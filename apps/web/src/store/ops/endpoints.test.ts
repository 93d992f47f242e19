import { describe, expect, it } from "vitest";
import { doc } from "../../test-support/fixtures.js";
import { endpointParts, formatEndpoint, freeTcpPort, suggestEndpoint } from "./endpoints.js";

describe("endpoints", () => {
  it("suggests 5555 in an empty document", () => {
    expect(freeTcpPort(doc())).toBe(5555);
  });

  it("suggests a port no endpoint uses, bound or connected", () => {
    const t = doc(
      { id: "a", type: "PUSH", bind: ["tcp://127.0.0.1:5555"] },
      { id: "b", type: "PULL", connect: ["tcp://127.0.0.1:5556"] },
    );
    expect(freeTcpPort(t)).toBe(5557);
    expect(suggestEndpoint("tcp", t, "a")).toBe("tcp://127.0.0.1:5557");
  });

  it("names ipc and inproc endpoints after the socket, uniquely", () => {
    const t = doc({ id: "a", type: "PUB", bind: ["ipc://a.ipc", "inproc://a"] });
    expect(suggestEndpoint("ipc", t, "a")).toBe("ipc://a-2.ipc");
    expect(suggestEndpoint("inproc", t, "a")).toBe("inproc://a-2");
    expect(suggestEndpoint("ipc", t, "b")).toBe("ipc://b.ipc");
  });

  it.each(["tcp://127.0.0.1:5555", "ipc://x.ipc", "inproc://workers"])(
    "splits and rejoins %s",
    (ep) => {
      expect(formatEndpoint(endpointParts(ep))).toBe(ep);
    },
  );

  it("keeps a half-typed tcp endpoint editable", () => {
    expect(endpointParts("tcp://127.0.0.1:")).toEqual({
      transport: "tcp",
      host: "127.0.0.1",
      port: "",
      name: "",
    });
  });
});
