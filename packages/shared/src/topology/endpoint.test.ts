import { describe, expect, it } from "vitest";
import { isLoopbackHost, parseEndpoint } from "./endpoint.js";

describe("parseEndpoint", () => {
  it.each([
    ["tcp://127.0.0.1:5555", { transport: "tcp", host: "127.0.0.1", port: 5555 }],
    ["tcp://localhost:1", { transport: "tcp", host: "localhost", port: 1 }],
    ["tcp://[::1]:65535", { transport: "tcp", host: "[::1]", port: 65535 }],
    ["ipc://myserver.ipc", { transport: "ipc", path: "myserver.ipc" }],
    ["inproc://workers", { transport: "inproc", name: "workers" }],
  ])("reads %s", (address, parts) => {
    expect(parseEndpoint(address)).toEqual({ ok: true, address, ...parts });
  });

  it.each([
    ["127.0.0.1:5555", "transport://address"],
    ["tcp://127.0.0.1", "needs host:port"],
    ["tcp://127.0.0.1:*", "fixed port"],
    ["tcp://127.0.0.1:0", "outside 1-65535"],
    ["tcp://127.0.0.1:70000", "outside 1-65535"],
    ["ipc:///tmp/a/b.ipc", "plain file name"],
    ["inproc://", "needs a name"],
    ["pgm://eth0;239.192.1.1:5555", "not built into this libzmq"],
    ["epgm://eth0;239.192.1.1:5555", "not built into this libzmq"],
    ["udp://127.0.0.1:5555", "RADIO/DISH"],
    ["foo://x", 'transport "foo" is not supported'],
  ])("refuses %s, saying why", (address, reason) => {
    const parsed = parseEndpoint(address);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe("isLoopbackHost", () => {
  it.each(["127.0.0.1", "127.255.0.9", "localhost", "[::1]", "::1"])("accepts %s", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(["0.0.0.0", "*", "192.168.1.1", "example.com", "128.0.0.1"])("refuses %s", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
