import { LESSONS, lessonById, type Lesson, type LessonId } from "@zmq-playground/shared";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { selectRun } from "../store/runtime-selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import { ChallengeBox } from "./challenge-box.js";
import { useFitText } from "./use-fit-text.js";
import {
  selectChecks,
  selectLessonId,
  selectSlide,
  useLessons,
  useLessonsApi,
} from "./lessons-context.js";
import { PresentationProblems } from "./presentation-problems.js";
import { slideCount, slideKind } from "./slides.js";
import { leavePresentation, moveAndFollow, usePresentationKeys } from "./use-presentation-keys.js";
import { useLessonsText } from "./use-lessons-text.js";
import type { LessonText } from "./texts/index.js";

/**
 * The lesson for a projector: one slide at a time in large type beside the canvas (the
 * explanation a paragraph at a time, then the steps revealed one by one, then the
 * challenge), moved with the keyboard or the big buttons at the bottom.
 */
export function PresentationView() {
  usePresentationKeys();
  const { ui, lesson: textOf } = useLessonsText();
  const app = useAppStoreApi();
  const lessons = useLessonsApi();
  const run = useAppStore(selectRun);
  const lessonId = useLessons(selectLessonId);
  const slide = useLessons(selectSlide);
  const checks = useLessons(selectChecks);
  const { i18n } = useTranslation();
  const slideRef = useRef<HTMLDivElement>(null);
  useFitText(slideRef, `${lessonId}:${slide}:${checks}:${i18n.language}`);
  const lesson = lessonId === null ? undefined : lessonById(lessonId);
  if (lessonId === null || !lesson) return null;
  const text = textOf(lessonId);
  const kind = slideKind({ lessonId, slide });
  const index = LESSONS.indexOf(lesson);
  const total = slideCount(lessonId);
  return (
    <aside
      className="presentation"
      aria-label={text.title}
      data-testid="presentation"
      data-lesson-id={lessonId}
      data-slide={slide}
    >
      <header className="presentation__bar">
        <span>{ui("lessonOf", { n: index + 1, total: LESSONS.length })}</span>
        <span className="presentation__speed">
          <span>{ui("slowMotion", { factor: run.speed })}</span>
        </span>
        <button
          type="button"
          className="button presentation__leave"
          onClick={() => leavePresentation(app, lessons)}
        >
          {ui("leave")}
        </button>
      </header>
      <h1 className="presentation__title">{text.title}</h1>
      <div className="presentation__slide" aria-live="polite" ref={slideRef}>
        {kind.kind === "intro" && (
          <Intro lesson={lesson} paragraph={text.body[kind.paragraph] ?? ""} last={kind.last} />
        )}
        {kind.kind === "step" && <Steps text={text} current={kind.step} />}
        {kind.kind === "challenge" && lesson.challenge && text.challenge && (
          <ChallengeBox lesson={lesson} text={text.challenge} />
        )}
      </div>
      {kind.kind !== "challenge" && <PresentationProblems />}
      <footer className="presentation__foot">
        <button
          type="button"
          className="button presentation__move"
          aria-label={ui("previous")}
          onClick={() => moveAndFollow(app, lessons, -1)}
        >
          ←
        </button>
        <span className="presentation__where">
          {kind.kind === "step"
            ? ui("stepOf", { n: kind.step + 1, total: text.steps.length })
            : kind.kind === "intro"
              ? ui("intro")
              : ui("challenge")}
          <Dots count={total} current={slide} lessonId={lessonId} />
        </span>
        <button
          type="button"
          className="button presentation__move"
          aria-label={ui("next")}
          onClick={() => moveAndFollow(app, lessons, 1)}
        >
          →
        </button>
        <span className="presentation__keys">{ui("keys")}</span>
      </footer>
    </aside>
  );
}

/** One paragraph of the explanation; the last one says when the topology is broken on purpose. */
function Intro({ lesson, paragraph, last }: { lesson: Lesson; paragraph: string; last: boolean }) {
  const { ui } = useLessonsText();
  const broken = last && lesson.expected.some((e) => e.kind === "ran" && !e.value);
  return (
    <>
      <p className="presentation__paragraph">{paragraph}</p>
      {broken && <p className="presentation__note">{ui("brokenOnPurpose")}</p>}
    </>
  );
}

/** The steps so far: the current one large, the ones before it dimmed, the rest hidden. */
function Steps({ text, current }: { text: LessonText; current: number }) {
  const currentRef = useRef<HTMLLIElement>(null);
  // A long step list keeps the current step on screen.
  // A block body: newer browsers return a promise from scrollIntoView, and an effect may
  // return nothing but its cleanup function.
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [current]);
  return (
    <ol className="presentation__steps">
      {text.steps.slice(0, current + 1).map((step, i) => (
        <li
          key={step}
          ref={i === current ? currentRef : undefined}
          data-current={i === current}
          aria-current={i === current ? "step" : undefined}
        >
          {step}
        </li>
      ))}
    </ol>
  );
}

function Dots({
  count,
  current,
  lessonId,
}: {
  count: number;
  current: number;
  lessonId: LessonId;
}) {
  return (
    <span className="presentation__dots" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={`${lessonId}-${i}`} data-on={i === current} />
      ))}
    </span>
  );
}
