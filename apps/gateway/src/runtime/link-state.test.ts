import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LinkState } from "@zmq-playground/shared";
import type { MonitorEventType } from "../zmq/types.js";
import { LinkStateMachine, realTimers, REJECT_AFTER_MS } from "./link-state.js";

function machine(): { link: LinkStateMachine; seen: LinkState[] } {
  const seen: LinkState[] = [];
  const link = new LinkStateMachine(realTimers, (s) => seen.push(s));
  return { link, seen };
}

function feed(link: LinkStateMachine, ...events: MonitorEventType[]): void {
  for (const e of events) link.event(e);
}

describe("a link's state from its connector's monitor", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is connected after the handshake, not after the transport connects", () => {
    const { link } = machine();
    feed(link, "connect:delay", "connect");
    expect(link.state).toBe("connecting");
    feed(link, "handshake");
    expect(link.state).toBe("connected");
  });

  it("retries when an established connection is lost, and reconnects", () => {
    const { link, seen } = machine();
    feed(link, "connect", "handshake", "disconnect", "connect:retry", "close", "connect:delay");
    expect(link.state).toBe("retrying");
    feed(link, "connect", "handshake");
    expect(seen).toEqual(["connected", "retrying", "connected"]);
  });

  it("retries while nobody listens yet", () => {
    const { link } = machine();
    feed(link, "connect:delay", "close", "connect:retry");
    expect(link.state).toBe("retrying");
  });

  it("is rejected when libzmq drops it without a handshake and never retries", () => {
    const { link } = machine();
    feed(link, "connect:delay", "connect", "disconnect");
    vi.advanceTimersByTime(REJECT_AFTER_MS - 1);
    expect(link.state).toBe("connecting");
    vi.advanceTimersByTime(1);
    expect(link.state).toBe("rejected");
  });

  it("is not rejected when a retry follows the drop", () => {
    const { link } = machine();
    feed(link, "connect", "disconnect", "connect:retry");
    vi.advanceTimersByTime(REJECT_AFTER_MS * 2);
    expect(link.state).toBe("retrying");
  });

  it("is rejected on a handshake protocol error", () => {
    const { link } = machine();
    feed(link, "connect", "handshake:error:protocol");
    expect(link.state).toBe("rejected");
  });

  it("is disconnected when its connector closes, and retrying when it connects again", () => {
    const { link } = machine();
    feed(link, "connect", "handshake");
    link.closed();
    expect(link.state).toBe("disconnected");
    link.connecting();
    expect(link.state).toBe("retrying");
  });
});
