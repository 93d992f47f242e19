import { LESSONS } from "@zmq-playground/shared";
import { useLessonsApi } from "./lessons-context.js";
import { useLessonsText } from "./use-lessons-text.js";

/** Every lesson in course order; a star marks those that end with a challenge. */
export function LessonList() {
  const { ui, lesson } = useLessonsText();
  const lessons = useLessonsApi();
  return (
    <ol className="lesson-list" aria-label={ui("allLessons")}>
      {LESSONS.map((l, i) => (
        <li key={l.id}>
          <button
            type="button"
            className="lesson-list__item"
            data-testid="lesson-item"
            data-lesson-id={l.id}
            onClick={() => lessons.getState().showLesson(l.id)}
          >
            <span className="lesson-list__number">{i + 1}</span>
            <span className="lesson-list__title">{lesson(l.id).title}</span>
            {l.challenge && (
              <span className="lesson-list__star" title={ui("challengeMark")}>
                ★<span className="visually-hidden">{ui("challengeMark")}</span>
              </span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
