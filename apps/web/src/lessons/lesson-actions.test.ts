import { lessonById, type Lesson } from "@zmq-playground/shared";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { initI18n } from "../i18n/index.js";
import { createAppStore } from "../store/app-store.js";
import { FakeGateway, tick } from "../test-support/fake-gateway.js";
import {
  checkWork,
  openLessonTopology,
  PRESENTATION_SPEED,
  restoreSpeed,
  slowDownForClass,
} from "./lesson-actions.js";
import { liveRunStats } from "./live-stats.js";
import { LESSON_TEXTS } from "./texts/index.js";

function lesson(id: string): Lesson {
  const found = lessonById(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found;
}

function running(gateway = new FakeGateway()) {
  const store = createAppStore(undefined, { gateway });
  const s = store.getState();
  s.applyServerMessage({
    type: "runtime:state",
    running: true,
    paused: false,
    speed: 1,
    endpoints: {},
  });
  return store;
}

beforeAll(() => {
  initI18n("en");
});

describe("lesson actions", () => {
  it("open a lesson's topology as one undo step", () => {
    const store = createAppStore();
    expect(openLessonTopology(store, lesson("pub-sub"))).toBe(true);
    expect(store.getState().topology.title).toMatch(/^PUB-SUB/);
    store.getState().undo();
    expect(store.getState().topology.sockets).toEqual([]);
  });

  it("title the lesson's topology in the reader's language", async () => {
    const store = createAppStore();
    try {
      await i18next.changeLanguage("vi");
      openLessonTopology(store, lesson("pipeline"));
      const { title, description } = store.getState().topology;
      expect(title).toBe(LESSON_TEXTS.vi.lessons.pipeline.title);
      expect(description).toBe(LESSON_TEXTS.vi.lessons.pipeline.body[0]);
      await i18next.changeLanguage("zh");
      openLessonTopology(store, lesson("pipeline"));
      expect(store.getState().topology.title).toBe(LESSON_TEXTS.zh.lessons.pipeline.title);
    } finally {
      await i18next.changeLanguage("en");
    }
  });

  it("stop what runs before opening another lesson's topology", () => {
    const gateway = new FakeGateway();
    const store = running(gateway);
    openLessonTopology(store, lesson("pipeline"));
    expect(gateway.sent.map((c) => c.type)).toEqual(["topology:stop"]);
    expect(store.getState().topology.sockets).toHaveLength(6);
  });

  it("check the student's work against the live counters while it runs", () => {
    const store = running();
    openLessonTopology(store, lesson("connect-first"));
    expect(checkWork(store, lesson("connect-first"))?.missing.map((m) => m.id)).toEqual([
      "bind-missing",
    ]);
    expect(checkWork(store, lesson("pair"))).toBeNull();
  });

  it("make the pipeline challenge's tip true: copying consumer 2's box adds a third consumer", () => {
    const store = createAppStore();
    openLessonTopology(store, lesson("pipeline"));
    store.getState().select({ processes: ["consumer-2"] });
    store.getState().duplicateSelection();
    expect(checkWork(store, lesson("pipeline"))?.missing.map((m) => m.id)).toEqual(["run-first"]);
  });

  it("read the live counters as RunStats, and nothing when stopped", () => {
    const store = running();
    store
      .getState()
      .applyServerMessage(
        tick({ at: 1500, sockets: [{ id: "collector", sent: 0, received: 7, errors: 0 }] }),
      );
    const stats = liveRunStats(store.getState());
    expect(stats?.durationMs).toBe(1500);
    expect(stats?.sockets).toEqual([{ id: "collector", sent: 0, received: 7, errors: 0 }]);
    expect(liveRunStats(createAppStore().getState())).toBeNull();
  });

  it("slow the run down for the class and put the speed back afterwards", () => {
    const gateway = new FakeGateway();
    const store = createAppStore(undefined, { gateway });
    const before = slowDownForClass(store);
    expect(before).toBe(1);
    expect(store.getState().run.speed).toBe(PRESENTATION_SPEED);
    restoreSpeed(store, before);
    expect(store.getState().run.speed).toBe(1);
    expect(gateway.sent).toEqual([
      { type: "runtime:speed", factor: PRESENTATION_SPEED },
      { type: "runtime:speed", factor: 1 },
    ]);
  });
});
