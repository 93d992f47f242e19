import { describe, expect, it } from "vitest";
import { createAppStore } from "../store/app-store.js";
import { FakeGateway, tick } from "../test-support/fake-gateway.js";
import { fixture } from "../test-support/fixtures.js";
import { startRecordingSaver } from "./recording-saver.js";
import type { Recording } from "./schema.js";

describe("startRecordingSaver", () => {
  it("saves a recording as soon as the run's end stops it, once", async () => {
    const gateway = new FakeGateway();
    const store = createAppStore(fixture("pipeline"), { gateway });
    const saved: Recording[] = [];
    const stop = startRecordingSaver(store, (r) => saved.push(r));
    const run = store.getState().runTopology();
    gateway.answer();
    await run;
    const state = { type: "runtime:state", paused: false, speed: 1, endpoints: {} } as const;
    store.getState().applyServerMessage({ ...state, running: true });
    store.getState().startRecording();
    store.getState().applyServerMessage(tick({ seq: 4 }));
    expect(saved).toEqual([]);
    store.getState().applyServerMessage({ ...state, running: false });
    expect(saved).toHaveLength(1);
    expect(saved[0]?.frames.at(-1)?.message.type).toBe("runtime:tick");
    expect(store.getState().recording).toBeNull();
    store.getState().applyServerMessage({ ...state, running: false });
    expect(saved).toHaveLength(1);
    stop();
  });
});
