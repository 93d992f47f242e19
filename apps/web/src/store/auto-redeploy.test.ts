import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeGateway } from "../test-support/fake-gateway.js";
import { fixture } from "../test-support/fixtures.js";
import { createAppStore, type AppStore } from "./app-store.js";
import { REDEPLOY_DEBOUNCE_MS, startAutoRedeploy } from "./auto-redeploy.js";

let gateway: FakeGateway;
let store: AppStore;
let stop: () => void;
const s = () => store.getState();

beforeEach(async () => {
  vi.useFakeTimers();
  gateway = new FakeGateway();
  store = createAppStore(fixture("pipeline"), { gateway });
  stop = startAutoRedeploy(store);
  const run = s().runTopology();
  gateway.answer();
  await run;
  gateway.sent.length = 0;
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

const edit = (mutate: (t: ReturnType<typeof s>["topology"]) => void) => {
  const next = structuredClone(s().topology);
  mutate(next);
  s().commit(next);
};

describe("redeploy while running", () => {
  it("deploys a burst of edits once, after a pause in typing", () => {
    edit((t) => t.sockets[0] && (t.sockets[0].bind = ["tcp://127.0.0.1:5560"]));
    vi.advanceTimersByTime(REDEPLOY_DEBOUNCE_MS - 100);
    edit((t) => t.sockets[0] && (t.sockets[0].bind = ["tcp://127.0.0.1:5561"]));
    vi.advanceTimersByTime(REDEPLOY_DEBOUNCE_MS - 1);
    expect(gateway.sent).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(gateway.sent).toEqual([{ type: "topology:deploy", topology: s().topology }]);
    expect(s().redeploy).toBe("applying");
    expect(s().run.status).toBe("running");
  });

  it("does not redeploy for a move or a new label", () => {
    edit((t) => {
      if (!t.sockets[0]) return;
      t.sockets[0].position = { x: 500, y: 500 };
      t.sockets[0].label = "Boss";
    });
    vi.advanceTimersByTime(REDEPLOY_DEBOUNCE_MS);
    expect(gateway.sent).toHaveLength(0);
  });

  it("holds back a document with errors", () => {
    edit((t) => t.sockets[1] && (t.sockets[1].type = "PUB"));
    vi.advanceTimersByTime(REDEPLOY_DEBOUNCE_MS);
    expect(gateway.sent).toHaveLength(0);
    expect(s().redeploy).toBe("blocked");
  });

  it("does nothing while stopped", async () => {
    const stopping = s().stopTopology();
    gateway.answer();
    await stopping;
    gateway.sent.length = 0;
    edit((t) => t.sockets[0] && (t.sockets[0].bind = ["tcp://127.0.0.1:5560"]));
    vi.advanceTimersByTime(REDEPLOY_DEBOUNCE_MS);
    expect(gateway.sent).toHaveLength(0);
  });
});
