import { TOPOLOGY_FIXTURES } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { fixture } from "../test-support/fixtures.js";
import { SOCKET_WIDTH, socketHeight } from "./geometry.js";
import { layoutTopology } from "./layout.js";

describe("auto-layout", () => {
  it("places the pipeline left to right, the way its messages flow", () => {
    const at = layoutTopology(fixture("pipeline"));
    const x = (id: string) => at.get(id)?.x ?? NaN;
    expect(x("producer")).toBeLessThan(x("consumer-1-in"));
    expect(x("consumer-1-in")).toBeLessThan(x("consumer-1-out"));
    expect(x("consumer-1-out")).toBeLessThan(x("collector"));
  });

  it.each(TOPOLOGY_FIXTURES.map((f) => [f.id, f.topology] as const))(
    "never overlaps two sockets of %s",
    (_, t) => {
      const at = layoutTopology(t);
      const boxes = t.sockets.map((s) => ({
        ...(at.get(s.id) ?? { x: 0, y: 0 }),
        h: socketHeight(s),
      }));
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.x + SOCKET_WIDTH <= b.x ||
            b.x + SOCKET_WIDTH <= a.x ||
            a.y + a.h <= b.y ||
            b.y + b.h <= a.y;
          expect(apart).toBe(true);
        }
      }
    },
  );
});
