import { checkTopology, DIAGNOSTIC_EXAMPLES, type Diagnostic } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { createTestI18n } from "../test-support/i18n.js";
import { diagnosticText } from "./diagnostic-text.js";

const found = DIAGNOSTIC_EXAMPLES.flatMap((e) => checkTopology(e.topology));

const instance = createTestI18n();

function textIn(language: string, d: Diagnostic): string {
  void instance.changeLanguage(language);
  return diagnosticText(instance, d);
}

describe("validator messages rendered through i18n", () => {
  it("gives, in English, exactly the message the validator wrote", () => {
    expect(found.length).toBeGreaterThan(50);
    for (const d of found) expect(textIn("en", d)).toBe(d.message);
  });

  it.each(["vi", "zh"])("has a %s template for every message, with every param filled", (lng) => {
    for (const d of found) {
      const text = textIn(lng, d);
      expect(instance.exists(`diagnostics.${d.messageId ?? ""}`, { lng, fallbackLng: [] })).toBe(
        true,
      );
      expect(text, d.message).not.toBe(d.message);
      expect(text).not.toMatch(/\{\{|\}\}|undefined/);
      const named = d.sockets.filter((id) => d.message.includes(`"${id}"`));
      for (const id of named) expect(text, `${d.messageId ?? ""} names ${id}`).toContain(id);
      if (d.endpoint !== undefined) expect(text).toContain(d.endpoint);
    }
  });

  it("joins lists and words reasons in the reader's language", () => {
    const [d] = checkTopology(
      DIAGNOSTIC_EXAMPLES[6]?.topology ?? { format: "zmq-topology", version: 1, sockets: [] },
    );
    expect(d?.code).toBe("incompatible-peers");
    if (d === undefined) return;
    expect(textIn("vi", d)).toContain("SUB hoặc XSUB");
    expect(textIn("zh", d)).toContain("SUB 或 XSUB");
    const pgm = found.find((x) => x.params?.reason === "pgm");
    expect(pgm && textIn("zh", pgm)).toContain("可靠多播");
  });

  it("falls back to the English message when there is no template", () => {
    const runtime: Diagnostic = {
      severity: "error",
      code: "runtime-error",
      message: "Address already in use",
      sockets: ["a"],
    };
    expect(textIn("vi", runtime)).toBe("Address already in use");
    expect(textIn("zh", { ...runtime, messageId: "from-a-newer-gateway" })).toBe(
      "Address already in use",
    );
  });
});
