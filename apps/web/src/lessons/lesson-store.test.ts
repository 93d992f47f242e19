import { describe, expect, it } from "vitest";
import { createLessonStore } from "./lesson-store.js";

describe("the lessons store", () => {
  it("opens, shows a lesson and goes back to the list", () => {
    const store = createLessonStore();
    expect(store.getState().mode).toBe("closed");
    store.getState().open();
    store.getState().showLesson("pipeline");
    expect(store.getState()).toMatchObject({ mode: "open", lessonId: "pipeline", slide: 0 });
    store.getState().showList();
    expect(store.getState().lessonId).toBeNull();
  });

  it("forgets a verdict when another lesson is shown, and counts checks", () => {
    const store = createLessonStore();
    store.getState().showLesson("pub-sub");
    store.getState().setVerdict({ passed: false, missing: [{ id: "run-first", params: {} }] });
    store.getState().setVerdict({ passed: false, missing: [{ id: "run-first", params: {} }] });
    expect(store.getState().checks).toBe(2);
    store.getState().showLesson("pub-sub");
    expect(store.getState().verdict).not.toBeNull();
    store.getState().showLesson("pipeline");
    expect(store.getState().verdict).toBeNull();
  });

  it("presents from the introduction and hands back the speed on leaving", () => {
    const store = createLessonStore();
    store.getState().present("zmq-sockets", 0.5);
    expect(store.getState()).toMatchObject({ mode: "presenting", lessonId: "zmq-sockets" });
    expect(store.getState().move(1)).toEqual({ lessonId: "zmq-sockets", slide: 1 });
    expect(store.getState().move(-1)).toEqual({ lessonId: "zmq-sockets", slide: 0 });
    expect(store.getState().leave()).toBe(0.5);
    expect(store.getState()).toMatchObject({ mode: "open", speedBefore: null });
  });
});
