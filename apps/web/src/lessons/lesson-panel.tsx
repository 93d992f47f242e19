import { LessonList } from "./lesson-list.js";
import { LessonView } from "./lesson-view.js";
import { selectLessonId, selectMode, useLessons, useLessonsApi } from "./lessons-context.js";
import { PresentationView } from "./presentation-view.js";
import { PresentButton } from "./present-button.js";
import { useLessonsText } from "./use-lessons-text.js";

/**
 * The lessons column at the left of the workspace: a narrow rail while closed, the list
 * or one lesson while open, the lesson text in large type while presenting.
 */
export function LessonPanel() {
  const mode = useLessons(selectMode);
  if (mode === "closed") return <LessonRail />;
  if (mode === "presenting") return <PresentationView />;
  return <LessonSidebar />;
}

function LessonRail() {
  const { ui } = useLessonsText();
  const lessons = useLessonsApi();
  return (
    <nav className="lesson-rail" aria-label={ui("title")}>
      <button
        type="button"
        className="lesson-rail__button"
        title={ui("railHint")}
        aria-expanded={false}
        onClick={() => lessons.getState().open()}
      >
        <BookIcon />
        <span className="lesson-rail__label">{ui("rail")}</span>
      </button>
    </nav>
  );
}

function LessonSidebar() {
  const { ui } = useLessonsText();
  const lessons = useLessonsApi();
  const lessonId = useLessons(selectLessonId);
  return (
    <aside className="lessons" aria-label={ui("title")} data-testid="lessons-panel">
      <header className="lessons__head">
        <BookIcon />
        <h2 className="lessons__title">{ui("title")}</h2>
        <PresentButton />
        <button
          type="button"
          className="button button--icon"
          aria-label={ui("close")}
          title={ui("close")}
          aria-expanded={true}
          onClick={() => lessons.getState().close()}
        >
          ×
        </button>
      </header>
      <div className="lessons__body">
        {lessonId === null ? <LessonList /> : <LessonView id={lessonId} />}
      </div>
    </aside>
  );
}

function BookIcon() {
  return (
    <svg className="lesson-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path
        d="M4 5.5C4 4.7 4.7 4 5.5 4H11v15H5.5c-.8 0-1.5.7-1.5 1.5V5.5Zm16 0c0-.8-.7-1.5-1.5-1.5H13v15h5.5c.8 0 1.5.7 1.5 1.5V5.5Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}
