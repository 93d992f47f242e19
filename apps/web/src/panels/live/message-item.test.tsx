import type { FrameSample, MessageSample } from "@zmq-playground/shared";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "../../i18n/en.js";
import { MessageItem, type TypeOf } from "./message-item.js";

// No DOM here (jsdom needs a newer Node): the markup React would render is enough to
// check what a person reads in a message.
beforeAll(async () => {
  // English only: these tests read English texts, whatever other languages are bundled.
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: "en",
    interpolation: { escapeValue: false },
  });
});

const frame = (
  text: string,
  hex: string,
  size = hex.length / 2,
  truncated = false,
): FrameSample => ({
  text,
  hex,
  size,
  truncated,
});
const types: TypeOf = (id) => (id === "server" ? "ROUTER" : id === "client" ? "REQ" : null);
const render = (sample: MessageSample, hex = false) =>
  renderToStaticMarkup(<MessageItem sample={sample} typeOf={types} hex={hex} />);
/** The markup's text, tags dropped and entities decoded where the tests need it. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/&quot;/g, '"');

const request: MessageSample = {
  seq: 1,
  at: 1234,
  from: "client",
  to: "server",
  link: "client|tcp://127.0.0.1:5564",
  direction: "toBinder",
  frames: [
    frame("\ufffd\ufffd<\ufffdj", "00803c986a"),
    frame("", ""),
    frame("hello", "68656c6c6f"),
  ],
};

describe("MessageItem", () => {
  it("labels a ROUTER's envelope and shows a binary identity as hex even in text mode", () => {
    const out = text(render(request));
    expect(out).toContain("1.234 s client ➜ server → binder");
    expect(out).toContain("identity 00 80 3c 98 6a 5 B");
    expect(out).toContain("delimiter (empty) 0 B");
    expect(out).toContain("hello 5 B");
    expect(out).not.toContain("\ufffd");
  });

  it("shows every frame in hex when asked", () => {
    expect(text(render(request, true))).toContain("68 65 6c 6c 6f 5 B");
  });

  it("names an outside program as the sender", () => {
    const out = text(render({ ...request, from: null, link: null, direction: null }));
    expect(out).toContain("outside program ➜ server no link");
  });

  it("gives a truncated frame's real size", () => {
    const long = frame("x".repeat(64), "78".repeat(64), 1000, true);
    const out = text(render({ ...request, to: "client", frames: [long] }));
    expect(out).toContain("1000 B, first 64 shown");
    expect(out).toContain("…");
  });
});
