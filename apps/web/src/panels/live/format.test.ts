import { describe, expect, it } from "vitest";
import { formatAt, formatRate, spacedHex } from "./format.js";

describe("format", () => {
  it("prints milliseconds since deploy as seconds", () => {
    expect(formatAt(12345)).toBe("12.345");
    expect(formatAt(0)).toBe("0.000");
  });

  it("prints rates readably", () => {
    expect(formatRate(0)).toBe("0");
    expect(formatRate(4.26)).toBe("4.3");
    expect(formatRate(1234.6)).toBe("1,235");
  });

  it("spaces hex by byte", () => {
    expect(spacedHex("00a1b2")).toBe("00 a1 b2");
    expect(spacedHex("")).toBe("");
  });
});
