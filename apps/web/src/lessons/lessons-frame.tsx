import "./lessons.css";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useAppStoreApi } from "../store/store-context.js";
import { LessonsProvider, selectMode, useLessons } from "./lessons-context.js";
import type { LessonStore } from "./lesson-store.js";
import { registerLessonTexts } from "./texts/index.js";

/**
 * The app's outer frame with the lessons around it: provides the lessons store, adds the
 * `lessons` i18next namespace, and says on the frame (`data-lessons`) whether the lessons
 * are closed, open beside the editor or presenting, which the layout follows.
 */
export function LessonsFrame({ store, children }: { store?: LessonStore; children: ReactNode }) {
  return (
    <LessonsProvider {...(store ? { store } : {})}>
      <LessonsLayout>{children}</LessonsLayout>
    </LessonsProvider>
  );
}

function LessonsLayout({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  useState(() => registerLessonTexts(i18n));
  const mode = useLessons(selectMode);
  const app = useAppStoreApi();
  // The canvas changes size with the layout: frame the diagram again.
  useEffect(() => {
    app.getState().requestFitView();
  }, [app, mode]);
  return (
    <div className="app" data-lessons={mode}>
      {children}
    </div>
  );
}
