import { useDiagnosticText } from "../i18n/diagnostic-text.js";
import { selectDiagnostics } from "../store/selectors.js";
import { useAppStore } from "../store/store-context.js";
import { useLessonsText } from "./use-lessons-text.js";

/**
 * The editor's errors in large type under the slide. Presenting hides the Problems
 * panel, but a lesson about a broken topology ("Read the Problems panel") needs its words
 * on the projector.
 */
export function PresentationProblems() {
  const { ui } = useLessonsText();
  const textOf = useDiagnosticText();
  const errors = useAppStore(selectDiagnostics).filter((d) => d.severity === "error");
  if (errors.length === 0) return null;
  return (
    <section className="presentation__problems" data-testid="presentation-problems">
      <h2>{ui("editorSays")}</h2>
      <ul>
        {errors.map((d, i) => (
          <li key={`${d.code}-${i}`} data-code={d.code}>
            {textOf(d)}
          </li>
        ))}
      </ul>
    </section>
  );
}
