import { EVENT_EXAMPLES, RUNTIME_EXAMPLES, type Diagnostic } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { createTestI18n } from "../test-support/i18n.js";
import { diagnosticText } from "./diagnostic-text.js";

const instance = createTestI18n();

function textIn(language: string, d: Diagnostic): string {
  void instance.changeLanguage(language);
  return diagnosticText(instance, d);
}

/** A failure the gateway reports both as an event and as a diagnostic on the socket. */
const bindFailed: Diagnostic = (() => {
  const event = EVENT_EXAMPLES.find((e) => e.messageId === "bind-error");
  return {
    severity: "error",
    code: "address-in-use",
    message: event?.message ?? "",
    messageId: "events.bind-error",
    params: { socket: "s1", endpoint: event?.endpoint ?? "", ...event?.params },
    sockets: ["s1"],
  };
})();

describe("the gateway's diagnostics while running, rendered through i18n", () => {
  it("give in English exactly the gateway's message", () => {
    for (const d of [...RUNTIME_EXAMPLES, bindFailed]) expect(textIn("en", d)).toBe(d.message);
  });

  it.each(["vi", "zh"])("have a %s text of every runtime problem, every param filled", (lng) => {
    for (const d of [...RUNTIME_EXAMPLES, bindFailed]) {
      const own = instance.getResource(lng, "translation", d.messageId ?? "");
      expect(typeof own, `${lng} ${d.messageId ?? ""}`).toBe("string");
      const text = textIn(lng, d);
      expect(text, d.message).not.toBe(d.message);
      expect(text).not.toMatch(/\{\{|\}\}|undefined/);
      for (const id of d.sockets) {
        if (d.message.includes(id)) expect(text, d.messageId).toContain(id);
      }
    }
  });

  it("explains the failed bind in the reader's words", () => {
    expect(textIn("zh", bindFailed)).toContain("地址已被占用");
  });
});
