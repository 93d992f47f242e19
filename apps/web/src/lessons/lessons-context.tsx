import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createLessonStore, type LessonStore, type LessonsState } from "./lesson-store.js";

const LessonsContext = createContext<LessonStore | null>(null);

/** Gives the tree one lessons store (a test may pass its own). */
export function LessonsProvider({ store, children }: { store?: LessonStore; children: ReactNode }) {
  const [own] = useState(() => store ?? createLessonStore());
  return <LessonsContext.Provider value={own}>{children}</LessonsContext.Provider>;
}

/** The lessons store itself, for handlers that read without subscribing. */
export function useLessonsApi(): LessonStore {
  const store = useContext(LessonsContext);
  if (!store) throw new Error("useLessons outside <LessonsProvider>");
  return store;
}

/** Subscribe to part of the lessons state through a module-level selector. */
export function useLessons<T>(selector: (state: LessonsState) => T): T {
  return useStore(useLessonsApi(), selector);
}

export const selectMode = (s: LessonsState) => s.mode;
export const selectLessonId = (s: LessonsState) => s.lessonId;
export const selectSlide = (s: LessonsState) => s.slide;
export const selectVerdict = (s: LessonsState) => s.verdict;
export const selectChecks = (s: LessonsState) => s.checks;
export const selectLoaded = (s: LessonsState) => s.loaded;
