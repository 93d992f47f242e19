import { afterEach, describe, expect, it, vi } from "vitest";
import { TurnClock } from "./clock.js";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("the turn clock", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads performance.now once per event-loop turn, however often it is asked", async () => {
    const clock = new TurnClock();
    const now = vi.spyOn(performance, "now");
    const first = clock.now();
    for (let i = 0; i < 1000; i += 1) expect(clock.now()).toBe(first);
    expect(now).toHaveBeenCalledTimes(1);
    await nextTurn();
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(clock.now()).toBeGreaterThan(first);
    expect(now).toHaveBeenCalledTimes(2);
  });
});
