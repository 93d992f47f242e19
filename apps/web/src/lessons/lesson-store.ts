import type { CheckResult, LessonId } from "@zmq-playground/shared";
import { createStore, type StoreApi } from "zustand/vanilla";
import { moveSlide, type SlidePosition } from "./slides.js";

/** Closed (a rail to open it), open beside the editor, or presenting on a projector. */
export type LessonsMode = "closed" | "open" | "presenting";

export interface LessonsState {
  mode: LessonsMode;
  /** The lesson shown; null shows the list of lessons. */
  lessonId: LessonId | null;
  /** The slide shown while presenting (see slides.ts). */
  slide: number;
  /** The last "Check my work" verdict on the lesson shown, null before a check. */
  verdict: CheckResult | null;
  /** How many checks were made: a new check shows its verdict afresh, even an unchanged one. */
  checks: number;
  /** The lesson whose topology this panel last loaded into the editor. */
  loaded: LessonId | null;
  /** The run speed before presenting, put back when the presentation ends. */
  speedBefore: number | null;
  open: () => void;
  close: () => void;
  showList: () => void;
  showLesson: (id: LessonId) => void;
  setVerdict: (verdict: CheckResult | null) => void;
  setLoaded: (id: LessonId) => void;
  /** Present the lesson shown (or the first), from its introduction. */
  present: (first: LessonId, speedBefore: number) => void;
  /** Leave the presentation; returns the speed to put back. */
  leave: () => number | null;
  /** One slide forward or back, across lessons; returns the new position. */
  move: (direction: 1 | -1) => SlidePosition | null;
}

export type LessonStore = StoreApi<LessonsState>;

/** The data part of the state, which a test may set up front. */
export type LessonsData = Pick<
  LessonsState,
  "mode" | "lessonId" | "slide" | "verdict" | "checks" | "loaded" | "speedBefore"
>;

/** A fresh lessons store; the app makes one, tests make one each (from `initial`). */
export function createLessonStore(initial: Partial<LessonsData> = {}): LessonStore {
  return createStore<LessonsState>()((set, get) => ({
    mode: "closed",
    lessonId: null,
    slide: 0,
    verdict: null,
    checks: 0,
    loaded: null,
    speedBefore: null,
    ...initial,
    open: () => set({ mode: "open" }),
    close: () => set({ mode: "closed" }),
    showList: () => set({ lessonId: null, verdict: null }),
    showLesson: (id) => {
      if (get().lessonId !== id) set({ lessonId: id, slide: 0, verdict: null });
    },
    setVerdict: (verdict) => set({ verdict, checks: get().checks + 1 }),
    setLoaded: (id) => set({ loaded: id }),
    present: (first, speedBefore) =>
      set({ mode: "presenting", lessonId: get().lessonId ?? first, slide: 0, speedBefore }),
    leave: () => {
      const { speedBefore } = get();
      set({ mode: "open", speedBefore: null });
      return speedBefore;
    },
    move: (direction) => {
      const { lessonId, slide } = get();
      if (lessonId === null) return null;
      const next = moveSlide({ lessonId, slide }, direction);
      const verdict = next.lessonId === lessonId ? get().verdict : null;
      set({ lessonId: next.lessonId, slide: next.slide, verdict });
      return next;
    },
  }));
}
