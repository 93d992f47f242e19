import type { CheckResult, Lesson } from "@zmq-playground/shared";
import { useAppStoreApi } from "../store/store-context.js";
import { checkWork } from "./lesson-actions.js";
import { selectChecks, selectVerdict, useLessons, useLessonsApi } from "./lessons-context.js";
import { useLessonsText, type LessonsText } from "./use-lessons-text.js";

/** The task that ends a lesson, "Check my work", and the checker's verdict in words. */
export function ChallengeBox({
  lesson,
  text,
}: {
  lesson: Lesson;
  text: { task: string; done: string };
}) {
  const words = useLessonsText();
  const app = useAppStoreApi();
  const lessons = useLessonsApi();
  const verdict = useLessons(selectVerdict);
  const checks = useLessons(selectChecks);
  const check = () => lessons.getState().setVerdict(checkWork(app, lesson));
  return (
    <section className="challenge" data-testid="challenge">
      <h4 className="challenge__title">
        <span aria-hidden="true">★ </span>
        {words.ui("challenge")}
      </h4>
      <p className="challenge__task">{text.task}</p>
      <button
        type="button"
        className="button button--primary"
        data-testid="check-work"
        onClick={check}
      >
        {words.ui("check")}
      </button>
      {verdict && <Verdict key={checks} verdict={verdict} done={text.done} words={words} />}
    </section>
  );
}

function Verdict({
  verdict,
  done,
  words,
}: {
  verdict: CheckResult;
  done: string;
  words: LessonsText;
}) {
  return (
    <div
      className={`verdict ${verdict.passed ? "verdict--passed" : "verdict--missing"}`}
      role="status"
      data-testid="verdict"
      data-passed={verdict.passed}
    >
      {verdict.passed ? (
        <p>
          <strong>✓ {words.ui("passed")}</strong> {done}
        </p>
      ) : (
        <>
          <p className="verdict__head">{words.ui("stillMissing")}</p>
          <ul className="verdict__list">
            {verdict.missing.map((m, i) => (
              <li key={`${m.id}-${i}`} data-message-id={m.id}>
                {words.check(m)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
