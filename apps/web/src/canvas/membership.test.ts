import { describe, expect, it } from "vitest";
import { fixture } from "../test-support/fixtures.js";
import { processAfterDrop, type ProcessBox } from "./membership.js";

const pipeline = fixture("pipeline");
// consumer-1 holds sockets at (320, 0) and (560, 0); consumer-2 at (320, 240) and (560, 240).
const boxes: ProcessBox[] = [
  { processId: "consumer-1", x: 300, y: -54, width: 490, height: 174 },
  { processId: "consumer-2", x: 300, y: 186, width: 490, height: 174 },
];

describe("dropping a socket on a process box", () => {
  it("keeps a socket in its process while it still touches the box", () => {
    expect(processAfterDrop(pipeline, "consumer-1-out", { x: 700, y: 0 }, boxes)).toBe(
      "consumer-1",
    );
  });

  it("takes a socket out of its process when it is dragged clear of the box", () => {
    expect(
      processAfterDrop(pipeline, "consumer-1-out", { x: 900, y: -300 }, boxes),
    ).toBeUndefined();
  });

  it("puts a socket into the process whose box it is dropped in", () => {
    expect(processAfterDrop(pipeline, "producer", { x: 420, y: 230 }, boxes)).toBe("consumer-2");
    expect(processAfterDrop(pipeline, "consumer-1-in", { x: 400, y: 100 }, boxes)).toBe(
      "consumer-1",
    );
    expect(processAfterDrop(pipeline, "consumer-1-in", { x: 400, y: 240 }, boxes)).toBe(
      "consumer-2",
    );
  });

  it("leaves a socket dropped on empty canvas on its own", () => {
    expect(processAfterDrop(pipeline, "producer", { x: 0, y: 500 }, boxes)).toBeUndefined();
  });
});
