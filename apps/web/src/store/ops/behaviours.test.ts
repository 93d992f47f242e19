import { describe, expect, it } from "vitest";
import { newSocket } from "../../templates/socket-defaults.js";
import { doc } from "../../test-support/fixtures.js";
import { setBehaviour } from "./behaviours.js";

const worker = () => {
  const t = doc(
    newSocket("PULL", "in", { x: 0, y: 0 }),
    newSocket("PUSH", "out", { x: 300, y: 0 }),
  );
  return { ...t, sockets: t.sockets.map((s) => ({ ...s, process: "w" })) };
};

describe("behaviours", () => {
  it("handles an arriving message one way: forward replaces consume", () => {
    const t = setBehaviour(worker(), "in", "forward", { to: "out" });
    expect(t.sockets[0]?.behavior).toEqual({ forward: { to: "out" } });
    const u = setBehaviour(t, "in", "consume", {});
    expect(u.sockets[0]?.behavior).toEqual({ consume: {} });
  });

  it("stops a forward target's sample messages, but keeps a timer someone set", () => {
    const t = setBehaviour(worker(), "in", "forward", { to: "out" });
    expect(t.sockets[1]?.behavior).toBeUndefined();
    const chosen = setBehaviour(worker(), "out", "send", { everyMs: 50, frames: ["mine"] });
    const u = setBehaviour(chosen, "in", "forward", { to: "out" });
    expect(u.sockets[1]?.behavior?.send).toEqual({ everyMs: 50, frames: ["mine"] });
  });

  it("clears a behaviour, leaving no empty behavior object", () => {
    const t = setBehaviour(worker(), "in", "consume", undefined);
    expect(t.sockets[0]).not.toHaveProperty("behavior");
  });
});
