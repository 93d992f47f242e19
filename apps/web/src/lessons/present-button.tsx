import { LESSON_IDS, lessonById } from "@zmq-playground/shared";
import { useAppStoreApi } from "../store/store-context.js";
import { openLessonTopology, slowDownForClass } from "./lesson-actions.js";
import { useLessonsApi } from "./lessons-context.js";
import { useLessonsText } from "./use-lessons-text.js";

/**
 * Start presenting the lesson shown (the first one from the list): its topology in the
 * editor, the editing panels hidden, the run slowed down for the class.
 */
export function PresentButton() {
  const { ui } = useLessonsText();
  const app = useAppStoreApi();
  const lessons = useLessonsApi();
  const start = () => {
    const { lessonId, loaded } = lessons.getState();
    const id = lessonId ?? LESSON_IDS[0];
    lessons.getState().present(id, slowDownForClass(app));
    const lesson = lessonById(id);
    if (lesson && loaded !== id && openLessonTopology(app, lesson)) {
      lessons.getState().setLoaded(id);
    }
  };
  return (
    <button
      type="button"
      className="button lessons__present"
      title={ui("presentHint")}
      onClick={start}
    >
      {ui("present")}
    </button>
  );
}
