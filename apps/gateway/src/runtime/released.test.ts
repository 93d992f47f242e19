import { describe, expect, it } from "vitest";
import { REBIND_WINDOW_MS, ReleasedEndpoints } from "./released.js";

describe("released endpoints", () => {
  it("let a bind retry within the rebind window of its endpoint's release, not after", () => {
    const released = new ReleasedEndpoints();
    expect(released.deadline("tcp://127.0.0.1:5555")).toBe(-Infinity);
    released.note("tcp://127.0.0.1:5555", 1000);
    expect(released.deadline("tcp://127.0.0.1:5555")).toBe(1000 + REBIND_WINDOW_MS);
    released.note("tcp://127.0.0.1:5555", 1200);
    expect(released.deadline("tcp://127.0.0.1:5555")).toBe(1200 + REBIND_WINDOW_MS);
  });

  it("forget an endpoint once its window is over", () => {
    const released = new ReleasedEndpoints();
    released.note("tcp://127.0.0.1:1", 0);
    released.note("tcp://127.0.0.1:2", REBIND_WINDOW_MS - 1);
    released.note("tcp://127.0.0.1:3", REBIND_WINDOW_MS);
    expect(released.deadline("tcp://127.0.0.1:1")).toBe(-Infinity);
    expect(released.size).toBe(2);
  });

  it("hold only what was released within the window, however many endpoints a session closes", () => {
    const released = new ReleasedEndpoints();
    // A long session: a deploy/teardown cycle every 100 ms, ten new ports each time.
    for (let cycle = 0; cycle < 2000; cycle += 1) {
      for (let i = 0; i < 10; i += 1)
        released.note(`tcp://127.0.0.1:${cycle * 10 + i}`, cycle * 100);
    }
    expect(released.size).toBeLessThanOrEqual((REBIND_WINDOW_MS / 100 + 1) * 10);
    expect(released.deadline("tcp://127.0.0.1:19999")).toBe(199_900 + REBIND_WINDOW_MS);
  });
});
