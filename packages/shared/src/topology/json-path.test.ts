import { describe, expect, it } from "vitest";
import { formatJsonPath } from "./json-path.js";

describe("formatJsonPath", () => {
  it.each([
    [[], ""],
    [["sockets"], "sockets"],
    [["sockets", 2, "bind", 0], "sockets[2].bind[0]"],
    [["sockets", 0, "my key"], 'sockets[0]["my key"]'],
    [[0, "a"], "[0].a"],
  ])("writes %j as %s", (path, text) => {
    expect(formatJsonPath(path)).toBe(text);
  });
});
