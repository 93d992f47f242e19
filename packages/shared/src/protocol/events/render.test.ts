import { describe, expect, it } from "vitest";
import { templateAt, type TemplateSource } from "../../topology/messages/render.js";
import { runtimeEventSchema } from "../telemetry.js";
import { EVENT_EXAMPLES } from "./examples.js";
import {
  englishEventTexts,
  eventParams,
  kindOf,
  renderEnglishEvent,
  renderEventText,
} from "./render.js";
import { EVENT_KINDS, EVENT_TEMPLATES } from "./templates.js";

/** Another language's texts, to show that words follow the language, not the code. */
const other: TemplateSource = (id) =>
  templateAt(
    {
      events: { "bind-error": "{{socket}} 绑定 {{endpoint}} 失败：{{error, errno}}。" },
      eventWords: { explained: "{{reason}}（{{code}}）", errno: { EADDRINUSE: "地址已被占用" } },
    },
    id,
  );

describe("event texts", () => {
  it("have a template for exactly the kinds in EVENT_KINDS", () => {
    expect(Object.keys(EVENT_TEMPLATES).sort()).toEqual([...EVENT_KINDS].sort());
  });

  it("have an example of every kind, each a valid event rendered without a gap", () => {
    expect(new Set(EVENT_EXAMPLES.map((e) => e.kind))).toEqual(new Set(EVENT_KINDS));
    for (const event of EVENT_EXAMPLES) {
      expect(runtimeEventSchema.safeParse(event).success, event.messageId).toBe(true);
      expect(event.message, event.messageId).not.toMatch(/\{\{|\}\}|undefined|^$/);
    }
  });

  it("names the socket and endpoint from the event's own fields", () => {
    const params = eventParams({ socket: "a", endpoint: "inproc://x", params: { code: "E" } });
    expect(renderEnglishEvent("bind:error", params)).toBe("a could not bind inproc://x (E).");
  });

  it("explains a known libzmq code, and says an unknown one as the library did", () => {
    const at = { socket: "a", endpoint: "tcp://127.0.0.1:1" };
    expect(renderEnglishEvent("bind-error", { ...at, error: "EADDRINUSE" })).toBe(
      "a: bind to tcp://127.0.0.1:1 failed: the address is already in use (another socket or program has bound it) (EADDRINUSE).",
    );
    expect(renderEnglishEvent("bind-error", { ...at, error: "EWHAT", detail: "Odd" })).toBe(
      "a: bind to tcp://127.0.0.1:1 failed: Odd (EWHAT).",
    );
    expect(renderEnglishEvent("behavior-error", { socket: "a", error: "", detail: "boom" })).toBe(
      "a: its behaviour failed: boom.",
    );
  });

  it("words link states and errors in the language of the source", () => {
    expect(
      renderEnglishEvent("link-state", { socket: "a", endpoint: "inproc://x", state: "retrying" }),
    ).toBe("The link from a to inproc://x is retrying.");
    const params = { socket: "a", endpoint: "ipc://x", error: "EADDRINUSE" };
    expect(renderEventText("bind-error", params, other)).toBe(
      "a 绑定 ipc://x 失败：地址已被占用（EADDRINUSE）。",
    );
    expect(renderEventText("bind", params, other)).toBeUndefined();
    expect(renderEventText("from-a-newer-gateway", params, englishEventTexts)).toBeUndefined();
  });

  it("takes the kind from a variant's message id", () => {
    expect([kindOf("outside-peer.sender"), kindOf("connect:retry")]).toEqual([
      "outside-peer",
      "connect:retry",
    ]);
  });
});
