import { describe, expect, it } from "vitest";
import { Gate } from "./gate.js";

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

describe("the pause gate", () => {
  it("holds loops while paused and lets them all go on resume", async () => {
    const gate = new Gate();
    gate.pause();
    const a = gate.hold("message", {});
    const b = gate.hold("send", {});
    expect(await settled(a)).toBe(false);
    gate.resume();
    expect([await settled(a), await settled(b)]).toEqual([true, true]);
  });

  it("steps the oldest held message before any due send", async () => {
    const gate = new Gate();
    gate.pause();
    const send = gate.hold("send", {});
    const first = gate.hold("message", {});
    const second = gate.hold("message", {});
    expect(gate.step()).toBe(true);
    expect([await settled(first), await settled(second), await settled(send)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("after stepping a send, lets the message it causes through", async () => {
    const gate = new Gate();
    gate.pause();
    const send = gate.hold("send", {});
    expect(gate.step()).toBe(true);
    expect(await settled(send)).toBe(true);
    expect(await settled(gate.hold("message", {}))).toBe(true);
    expect(await settled(gate.hold("message", {}))).toBe(false);
  });

  it("steps nothing when nothing waits, or when running", () => {
    const gate = new Gate();
    expect(gate.step()).toBe(false);
    gate.pause();
    expect(gate.step()).toBe(false);
  });

  it("releases a closing socket's loops only", async () => {
    const gate = new Gate();
    const [mine, other] = [{}, {}];
    gate.pause();
    const a = gate.hold("message", mine);
    const b = gate.hold("message", other);
    gate.drop(mine);
    expect([await settled(a), await settled(b)]).toEqual([true, false]);
  });

  it("stretches delays in slow motion and ignores nonsense speeds", () => {
    const gate = new Gate();
    gate.setSpeed(0.5);
    expect(gate.scale(100)).toBe(200);
    gate.setSpeed(0);
    gate.setSpeed(Number.NaN);
    expect(gate.speed).toBe(0.5);
  });
});
