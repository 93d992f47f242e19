import { describe, expect, it } from "vitest";
import { formatParam, renderTemplate, templateAt, type TemplateSource } from "./render.js";
import { DIAGNOSTIC_TEMPLATES } from "./templates.js";

const english: TemplateSource = (id) => templateAt(DIAGNOSTIC_TEMPLATES, id);
/** Another language's words, to show that lists follow the language, not the code. */
const chinese: TemplateSource = (id) =>
  templateAt(
    {
      words: {
        separator: "、",
        or: "{{rest}} 或 {{last}}",
        and: "{{rest}} 和 {{last}}",
        quoted: "“{{value}}”",
        outsideProgram: "{{endpoint}} 上的外部程序",
      },
      reasons: { "port-range": "端口 {{port}} 超出范围" },
    },
    id,
  );

describe("renderTemplate", () => {
  it("fills params and leaves unknown placeholders visible", () => {
    expect(renderTemplate("{{a}} and {{ b }} but {{c}}", { a: "x", b: 2 }, english)).toBe(
      "x and 2 but {{c}}",
    );
  });

  it("leaves single braces alone, as in frame templates and JSON", () => {
    expect(renderTemplate('{ "id": "{{p}}" } and {seq}', { p: "w" }, english)).toBe(
      '{ "id": "w" } and {seq}',
    );
  });
});

describe("formatParam", () => {
  it.each([
    ["or", "PUSH", "PUSH"],
    ["or", "SUB, XSUB", "SUB or XSUB"],
    ["or", "REQ, DEALER, ROUTER", "REQ, DEALER or ROUTER"],
    ["and", "a, b, c", "a, b and c"],
    ["quotedOr", "out", '"out"'],
    ["quotedAnd", "reply, consume", '"reply" and "consume"'],
    ["peers", "tcp://127.0.0.1:5599, b", 'an outside program at tcp://127.0.0.1:5599 and "b"'],
    ["or", "", ""],
  ])("formats %s of %j as %j in English", (format, value, expected) => {
    expect(formatParam(format, value, {}, english)).toBe(expected);
  });

  it("joins and quotes with the words of the language it reads from", () => {
    expect(formatParam("or", "REQ, DEALER, ROUTER", {}, chinese)).toBe("REQ、DEALER 或 ROUTER");
    expect(formatParam("peers", "a, ipc://x", {}, chinese)).toBe("“a” 和 ipc://x 上的外部程序");
  });

  it("renders a reason from its id with the message's params", () => {
    expect(formatParam("reason", "port-range", { port: "0" }, chinese)).toBe("端口 0 超出范围");
  });

  it("leaves a value alone under a format it does not know", () => {
    expect(formatParam("shout", "a, b", {}, english)).toBe("a, b");
  });
});
