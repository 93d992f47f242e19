import {
  parseExampleDiagnostics,
  parseTopologyText,
  type Diagnostic,
} from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { createTestI18n } from "../test-support/i18n.js";
import { diagnosticText } from "./diagnostic-text.js";

const found = parseExampleDiagnostics();

const instance = createTestI18n();

function textIn(language: string, d: Diagnostic): string {
  void instance.changeLanguage(language);
  return diagnosticText(instance, d);
}

const first = (text: string): Diagnostic => {
  const [d] = parseTopologyText(text).diagnostics;
  if (!d) throw new Error(`no problem with ${text}`);
  return d;
};

describe("the parser's messages rendered through i18n", () => {
  it("gives, in English, exactly the message the parser wrote", () => {
    expect(found.length).toBeGreaterThan(30);
    for (const d of found) expect(textIn("en", d)).toBe(d.message);
  });

  it.each(["vi", "zh"])("has a %s text of every message, naming what the English names", (lng) => {
    for (const d of found) {
      const key = `diagnostics.${d.messageId ?? ""}`;
      expect(instance.exists(key, { lng, fallbackLng: [] }), `${lng} ${key}`).toBe(true);
      const text = textIn(lng, d);
      expect(text, d.message).not.toBe(d.message);
      expect(text).not.toMatch(/\{\{|\}\}|undefined/);
      // A schema problem starts with the path of the value; the translation names it too.
      if (d.path && d.message.startsWith(d.path)) expect(text, d.messageId).toContain(d.path);
      for (const id of d.sockets) expect(text, d.messageId).toContain(`"${id}"`);
      if (d.line !== undefined) expect(text).toContain(String(d.line));
    }
  });

  it("says what the file is and where the problem is in the reader's words", () => {
    expect(textIn("vi", first("[1]"))).toBe(
      "Đây không phải một topology: topology là một đối tượng JSON, nhưng đây là một danh sách.",
    );
    expect(textIn("zh", first('{ "format": "zmq-topology", "version": 1 }'))).toBe(
      "缺少 sockets：它必须是列表 [...]。",
    );
    const badType = first(
      '{ "format": "zmq-topology", "version": 1, "sockets": [{ "id": "a", "type": "PUSH", "label": 3 }] }',
    );
    expect(textIn("vi", badType)).toBe(
      'sockets[0].label (socket "a") phải là văn bản, không phải 3.',
    );
    const json = first('{\n  "format": "zmq-topology",\n  "version": 1\n  "sockets": []\n}');
    expect(textIn("zh", json)).toMatch(/^这不是有效的 JSON（第 4 行，第 3 列）：/);
  });
});
