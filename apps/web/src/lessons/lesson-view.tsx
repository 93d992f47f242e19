import { LESSONS, lessonById, type LessonId } from "@zmq-playground/shared";
import { useAppStoreApi } from "../store/store-context.js";
import { ChallengeBox } from "./challenge-box.js";
import { openLessonTopology } from "./lesson-actions.js";
import { selectLoaded, useLessons, useLessonsApi } from "./lessons-context.js";
import { lessonAfter } from "./slides.js";
import { useLessonsText } from "./use-lessons-text.js";

/** One lesson beside the editor: its words, its topology, its steps and its challenge. */
export function LessonView({ id }: { id: LessonId }) {
  const { ui, lesson: textOf } = useLessonsText();
  const app = useAppStoreApi();
  const lessons = useLessonsApi();
  const loaded = useLessons(selectLoaded);
  const lesson = lessonById(id);
  if (!lesson) return null;
  const text = textOf(id);
  const index = LESSONS.indexOf(lesson);
  const previous = lessonAfter(id, -1);
  const next = lessonAfter(id, 1);
  const open = () => {
    if (openLessonTopology(app, lesson)) lessons.getState().setLoaded(id);
  };
  const broken = lesson.expected.some((e) => e.kind === "ran" && !e.value);
  return (
    <article className="lesson" data-testid="lesson" data-lesson-id={id}>
      <nav className="lesson__crumbs">
        <button type="button" className="link-button" onClick={() => lessons.getState().showList()}>
          ← {ui("allLessons")}
        </button>
        <span className="lesson__count">
          {ui("lessonOf", { n: index + 1, total: LESSONS.length })}
        </span>
      </nav>
      <h3 className="lesson__title">{text.title}</h3>
      <div className="lesson__open">
        <button
          type="button"
          className="button button--primary"
          title={ui("openTopologyHint")}
          onClick={open}
        >
          {ui("openTopology")}
        </button>
        {loaded === id && (
          <span className="lesson__opened" role="status">
            ✓ {ui("opened")}
          </span>
        )}
      </div>
      {broken && <p className="lesson__note">{ui("brokenOnPurpose")}</p>}
      {text.body.map((paragraph) => (
        <p key={paragraph} className="lesson__paragraph">
          {paragraph}
        </p>
      ))}
      <h4 className="lesson__heading">{ui("steps")}</h4>
      <ol className="lesson__steps">
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {lesson.challenge && text.challenge && <ChallengeBox lesson={lesson} text={text.challenge} />}
      <nav className="lesson__nav">
        <button
          type="button"
          className="button"
          disabled={previous === null}
          onClick={() => previous && lessons.getState().showLesson(previous)}
        >
          ← {ui("previous")}
        </button>
        <button
          type="button"
          className="button"
          disabled={next === null}
          onClick={() => next && lessons.getState().showLesson(next)}
        >
          {ui("next")} →
        </button>
      </nav>
    </article>
  );
}
