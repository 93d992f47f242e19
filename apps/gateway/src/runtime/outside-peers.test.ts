import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { realTimers } from "./link-state.js";
import { EndpointPeers, MATCH_WINDOW_MS } from "./outside-peers.js";

/** The window, plus the one extra timer turn the decision waits for. */
const PAST_WINDOW = MATCH_WINDOW_MS + 1;

function peers(expectsConnectors = true): { endpoint: EndpointPeers; changes: () => number } {
  let changes = 0;
  const endpoint = new EndpointPeers(
    realTimers,
    () => performance.now(),
    () => expectsConnectors,
    () => (changes += 1),
  );
  return { endpoint, changes: () => changes };
}

/** Whether the handshake waiting on `approval` was let through yet. */
async function approved(approval: Promise<void>): Promise<boolean> {
  let done = false;
  void approval.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe("who is on an endpoint a gateway socket binds", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("counts a handshake as in-topology when the connector's half comes first", async () => {
    const { endpoint } = peers();
    endpoint.connectorZap();
    expect(await approved(endpoint.binderZap())).toBe(true);
    expect([endpoint.inTopology, endpoint.hasOutside]).toEqual([1, false]);
  });

  it("holds the binder's half until the connector's half arrives", async () => {
    const { endpoint } = peers();
    const approval = endpoint.binderZap();
    expect(await approved(approval)).toBe(false);
    endpoint.connectorZap();
    expect(await approved(approval)).toBe(true);
    expect(endpoint.hasOutside).toBe(false);
  });

  it("calls a lone handshake an outside program, before letting it finish", async () => {
    const { endpoint, changes } = peers();
    const approval = endpoint.binderZap();
    await vi.advanceTimersByTimeAsync(MATCH_WINDOW_MS - 1);
    expect(await approved(approval)).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    // hasOutside turned true (and was reported) no later than the approval.
    expect([endpoint.hasOutside, changes()]).toEqual([true, 1]);
    expect(await approved(approval)).toBe(true);
  });

  it("does not wait when no socket of the topology connects here", async () => {
    const { endpoint } = peers(false);
    expect(await approved(endpoint.binderZap())).toBe(true);
    expect(endpoint.hasOutside).toBe(true);
  });

  it("stays clean after an outside program leaves until the totals agree", async () => {
    const { endpoint } = peers(false);
    endpoint.accepted();
    await endpoint.binderZap();
    endpoint.disconnected();
    await vi.advanceTimersByTimeAsync(PAST_WINDOW);
    expect([endpoint.outside, endpoint.suspect, endpoint.hasOutside]).toEqual([0, false, false]);
  });

  it("keeps the outside program when an in-topology connector is the one that left", async () => {
    const { endpoint } = peers();
    endpoint.connectorZap();
    await endpoint.binderZap();
    const outsider = endpoint.binderZap();
    await vi.advanceTimersByTimeAsync(PAST_WINDOW);
    await outsider;
    endpoint.connectorDropped();
    endpoint.disconnected();
    await vi.advanceTimersByTimeAsync(PAST_WINDOW);
    expect([endpoint.inTopology, endpoint.outside, endpoint.hasOutside]).toEqual([0, 1, true]);
  });

  it("does not trust a guess that leaves a connection unaccounted for", async () => {
    const { endpoint } = peers(false);
    // An outside program handshakes; something else connects and leaves without one.
    endpoint.accepted();
    await endpoint.binderZap();
    endpoint.accepted();
    endpoint.disconnected();
    await vi.advanceTimersByTimeAsync(PAST_WINDOW);
    expect([endpoint.outside, endpoint.suspect, endpoint.hasOutside]).toEqual([0, true, true]);
  });

  it("corrects a connector's half that came too late", async () => {
    const { endpoint } = peers();
    const approval = endpoint.binderZap();
    await vi.advanceTimersByTimeAsync(PAST_WINDOW);
    await approval;
    expect(endpoint.hasOutside).toBe(true);
    endpoint.connectorZap();
    await vi.advanceTimersByTimeAsync(PAST_WINDOW);
    expect([endpoint.inTopology, endpoint.outside, endpoint.hasOutside]).toEqual([1, 0, false]);
  });

  it("lets every waiting handshake finish when the binder closes", async () => {
    const { endpoint } = peers();
    const approval = endpoint.binderZap();
    endpoint.dispose();
    expect(await approved(approval)).toBe(true);
  });
});
