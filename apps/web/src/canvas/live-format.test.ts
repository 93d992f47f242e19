import { describe, expect, it } from "vitest";
import type { LiveLink } from "../store/live-view.js";
import { pointOnBezier } from "./bezier.js";
import { travelMs } from "./dot-animator.js";
import { busyWidth, formatCount, formatRate, isBusy } from "./live-format.js";

const link = (rateToBinder: number, rateToConnector: number): LiveLink => ({
  connector: "c",
  endpoint: "tcp://127.0.0.1:1",
  binder: "b",
  state: "connected",
  toBinder: 0,
  toConnector: 0,
  rateToBinder,
  rateToConnector,
});

describe("what the live canvas shows", () => {
  it("writes counts and rates for the back row", () => {
    expect(formatCount(1234)).toBe("1,234");
    expect(formatCount(2_345_678)).toBe("2.3M");
    expect(formatRate(2.44)).toBe("2.4");
    expect(formatRate(23.6)).toBe("24");
  });

  it("switches a link to intensity when dots would be a blur or would under-count", () => {
    expect(isBusy(undefined, 0)).toBe(false);
    expect(isBusy(link(5, 5), 0)).toBe(false);
    expect(isBusy(link(15, 10), 0)).toBe(true);
    // Samples were left out: a moderately busy link would show too few dots.
    expect(isBusy(link(8, 0), 3)).toBe(true);
    expect(isBusy(link(1, 0), 3)).toBe(false);
    expect(busyWidth(20)).toBeGreaterThan(busyWidth(0));
    expect(busyWidth(1e6)).toBe(12);
  });

  it("finds points along React Flow's Bézier path", () => {
    const path = "M0,0 C50,0 50,100 100,100";
    expect(pointOnBezier(path, 0)).toEqual({ x: 0, y: 0 });
    expect(pointOnBezier(path, 1)).toEqual({ x: 100, y: 100 });
    expect(pointOnBezier(path, 0.5)).toEqual({ x: 50, y: 50 });
    expect(pointOnBezier("M0,0 L10,10", 0.5)).toBeNull();
  });

  it("moves dots slower in slow motion, within bounds", () => {
    expect(travelMs(1)).toBe(700);
    expect(travelMs(0.25)).toBe(1400);
    expect(travelMs(0.01)).toBe(2400);
  });
});
