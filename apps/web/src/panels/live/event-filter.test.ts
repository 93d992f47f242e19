import type { RuntimeEvent } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { ALL_EVENTS, eventsFor, type EventLevel } from "./event-filter.js";

const EP = "tcp://127.0.0.1:5566";
const ev = (
  at: number,
  level: EventLevel,
  kind: string,
  message: string,
  socket?: string,
  endpoint?: string,
): RuntimeEvent => ({
  at,
  level,
  kind,
  message,
  ...(socket === undefined ? {} : { socket }),
  ...(endpoint === undefined ? {} : { endpoint }),
});

const events = [
  ev(1, "info", "bind", "server is listening on tcp://127.0.0.1:5566.", "server", EP),
  ev(2, "info", "handshake", "dealer-a is connected.", "dealer-a", EP),
  ev(3, "info", "accept", "server accepted a connection.", "server", EP),
  ev(4, "error", "send-error", "dealer-b: a manual send failed: Host unreachable.", "dealer-b"),
  ev(5, "warning", "process-killed", "Process server was killed: its sockets are closed."),
  ev(6, "info", "connect:retry", "dealer-a will retry in 100 ms.", "dealer-a", EP),
];
const levels = (...l: EventLevel[]) => new Set(l);

describe("eventsFor", () => {
  it("keeps everything for the global log, newest first", () => {
    expect(eventsFor(events, { kind: "all" }).map((e) => e.at)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it("keeps a socket's own events", () => {
    expect(eventsFor(events, { kind: "socket", id: "dealer-a" }).map((e) => e.at)).toEqual([6, 2]);
  });

  it("keeps a link's connector and binder events on its endpoint", () => {
    const link = {
      kind: "link" as const,
      id: `dealer-a|${EP}`,
      connector: "dealer-a",
      endpoint: EP,
      binder: "server",
    };
    expect(eventsFor(events, link).map((e) => e.at)).toEqual([6, 3, 2, 1]);
  });

  it("filters by level", () => {
    const found = eventsFor(
      events,
      { kind: "all" },
      { levels: levels("warning", "error"), text: "" },
    );
    expect(found.map((e) => e.kind)).toEqual(["process-killed", "send-error"]);
  });

  it("filters by text in the message, kind, socket or endpoint, ignoring case", () => {
    const by = (text: string) =>
      eventsFor(events, { kind: "all" }, { ...ALL_EVENTS, text }).map((e) => e.at);
    expect(by("UNREACHABLE")).toEqual([4]);
    expect(by("retry")).toEqual([6]);
    expect(by("  dealer-b ")).toEqual([4]);
    expect(by("5566")).toEqual([6, 3, 2, 1]);
  });

  it("filters by the text as the log shows it, in the reader's language", () => {
    const shown = (e: RuntimeEvent) =>
      e.kind === "process-killed" ? "Process server đã bị kill" : e.message;
    const by = (text: string, textOf?: (e: RuntimeEvent) => string) =>
      eventsFor(events, { kind: "all" }, { ...ALL_EVENTS, text }, 10, textOf).map((e) => e.at);
    expect(by("bị kill", shown)).toEqual([5]);
    expect(by("bị kill")).toEqual([]);
    expect(by("was killed", shown)).toEqual([]);
  });

  it("stops at the limit", () => {
    expect(eventsFor(events, { kind: "all" }, ALL_EVENTS, 2).map((e) => e.at)).toEqual([6, 5]);
  });
});
