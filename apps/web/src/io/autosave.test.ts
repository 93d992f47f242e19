import { serializeTopology } from "@zmq-playground/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "../store/app-store.js";
import { fixture } from "../test-support/fixtures.js";
import { MemoryStorage } from "../test-support/memory-storage.js";
import { AUTOSAVE_KEY, restoreAutosave, startAutosave } from "./autosave.js";

let storage: MemoryStorage;
let page: EventTarget;

beforeEach(() => {
  storage = new MemoryStorage();
  page = new EventTarget();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("saves a moment after the last change, once for a burst", () => {
    const store = createAppStore();
    const stop = startAutosave(store, { storage, page, delayMs: 400 });
    store.getState().addSocket("PUSH", { x: 0, y: 0 });
    store.getState().addSocket("PULL", { x: 300, y: 0 });
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.advanceTimersByTime(400);
    expect(storage.writes).toBe(1);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(serializeTopology(store.getState().topology));
    stop();
  });

  it("restores what it saved, and nothing from a damaged save", () => {
    const store = createAppStore(fixture("pub-sub"));
    const stop = startAutosave(store, { storage, page, delayMs: 10 });
    store.getState().setMeta({ title: "Mine" });
    vi.advanceTimersByTime(10);
    stop();
    expect(restoreAutosave(storage)).toEqual(store.getState().topology);
    storage.setItem(AUTOSAVE_KEY, "{ broken");
    expect(restoreAutosave(storage)).toBeNull();
  });

  it("saves at once when the page is hidden", () => {
    const store = createAppStore();
    const stop = startAutosave(store, { storage, page, delayMs: 10_000 });
    store.getState().addSocket("PAIR", { x: 0, y: 0 });
    page.dispatchEvent(new Event("pagehide"));
    expect(restoreAutosave(storage)?.sockets).toHaveLength(1);
    stop();
  });

  it("does not write when nothing changed", () => {
    const stop = startAutosave(createAppStore(), { storage, page, delayMs: 10 });
    page.dispatchEvent(new Event("pagehide"));
    vi.advanceTimersByTime(100);
    stop();
    expect(storage.writes).toBe(0);
  });
});
