import { describe, expect, it } from "vitest";
import { FrameTemplate, MessageTemplate } from "./templates.js";

const context = { seq: 7, socket: "producer", input: "hello" };
const text = (template: string) => new FrameTemplate(template).render(context).toString();

describe("frame templates", () => {
  it.each([
    ["task {seq}", "task 7"],
    ["{socket}: {in}", "producer: hello"],
    ["{seq}{seq}", "77"],
    ["no placeholder", "no placeholder"],
    ["{unknown} stays", "{unknown} stays"],
    ["{seq", "{seq"],
    ["", ""],
  ])("expands %j to %j", (template, expected) => {
    expect(text(template)).toBe(expected);
  });

  it("writes {time} as an ISO timestamp", () => {
    expect(text("{time}")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("draws {rand:A-B} from A to B inclusive, in either order", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i += 1) seen.add(text("{rand:1-3}"));
    expect([...seen].sort()).toEqual(["1", "2", "3"]);
    for (let i = 0; i < 50; i += 1) expect(Number(text("{rand:9-5}"))).toBeGreaterThanOrEqual(5);
  });

  it("keeps a frame without placeholders as one buffer for every message", () => {
    const template = new FrameTemplate("fixed");
    expect(template.fixed?.toString()).toBe("fixed");
    expect(template.render(context)).toBe(template.render({ ...context, seq: 8 }));
  });

  it("knows a message's fixed size and whether it quotes the input", () => {
    const message = new MessageTemplate(["ab{seq}", "cd"]);
    expect(message.fixed).toBeNull();
    expect(message.minBytes).toBe(4);
    expect(message.usesInput).toBe(false);
    expect(new MessageTemplate(["re: {in}"]).usesInput).toBe(true);
    expect(message.render(context).map(String)).toEqual(["ab7", "cd"]);
  });

  it("hands out a fresh array each time, so a caller may add frames", () => {
    const message = new MessageTemplate(["a"]);
    const first = message.render(context);
    first.unshift(Buffer.alloc(0));
    expect(message.render(context)).toHaveLength(1);
  });
});
