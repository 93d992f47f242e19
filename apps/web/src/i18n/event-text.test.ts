import { EVENT_EXAMPLES, EVENT_KINDS, type RuntimeEvent } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { createTestI18n } from "../test-support/i18n.js";
import { eventText } from "./event-text.js";

const instance = createTestI18n();

const bindError = EVENT_EXAMPLES.find((e) => e.messageId === "bind-error");

describe("runtime events rendered through i18n", () => {
  it("covers every kind, and gives in English exactly the gateway's message", () => {
    expect(new Set(EVENT_EXAMPLES.map((e) => e.kind))).toEqual(new Set(EVENT_KINDS));
    for (const e of EVENT_EXAMPLES) expect(eventText(instance, e, "en")).toBe(e.message);
  });

  it.each(["vi", "zh"])("has a %s text of every event, with every param filled", (lng) => {
    for (const e of EVENT_EXAMPLES) {
      const own = instance.getResource(lng, "translation", `events.${e.messageId ?? ""}`);
      expect(typeof own, `${lng} events.${e.messageId ?? ""}`).toBe("string");
      const text = eventText(instance, e, lng);
      expect(text, e.message).not.toBe(e.message);
      expect(text).not.toMatch(/\{\{|\}\}|undefined/);
      // What the English names (the socket, the endpoint, codes, numbers), the translation
      // names too; only a link state is a word, said in the reader's language.
      const literal = Object.entries(e.params ?? {}).filter(([key]) => key !== "state");
      const named = [e.socket, e.endpoint, ...literal.map(([, value]) => String(value))];
      for (const value of named) {
        if (value && e.message.includes(value)) expect(text, e.messageId).toContain(value);
      }
    }
  });

  it("explains libzmq's error codes and names link states in the reader's language", () => {
    expect(bindError && eventText(instance, bindError, "vi")).toContain(
      "địa chỉ đã bị chiếm (một socket hoặc chương trình khác đã bind nó) (EADDRINUSE)",
    );
    expect(bindError && eventText(instance, bindError, "zh")).toContain(
      "地址已被占用（另一个 socket 或程序已经绑定了它）（EADDRINUSE）",
    );
    const state = EVENT_EXAMPLES.find((e) => e.kind === "link-state");
    expect(state && eventText(instance, state, "zh")).toContain("重试中");
    expect(state && eventText(instance, state, "vi")).toContain("đang thử lại");
  });

  it("keeps the library's own words for a code it cannot explain", () => {
    const odd: RuntimeEvent = {
      ...EVENT_EXAMPLES[0]!,
      kind: "behavior-error",
      messageId: "behavior-error",
      params: { error: "", detail: "frames is not iterable" },
    };
    expect(eventText(instance, odd, "vi")).toBe(
      "s1: hành vi của socket bị lỗi: frames is not iterable.",
    );
  });

  it("falls back to the gateway's message for an older or a newer gateway", () => {
    const old: RuntimeEvent = { at: 0, level: "info", kind: "bind", message: "a listens." };
    expect(eventText(instance, old, "vi")).toBe("a listens.");
    const newer = { ...old, kind: "teleport", messageId: "teleport", params: {} };
    expect(eventText(instance, newer, "zh")).toBe("a listens.");
  });
});
