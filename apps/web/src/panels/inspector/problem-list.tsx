import type { Diagnostic } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { useDiagnosticText } from "../../i18n/diagnostic-text.js";

/** The problems of the selected socket or link, in words. */
export function ProblemList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const { t } = useTranslation();
  const textOf = useDiagnosticText();
  if (diagnostics.length === 0) return null;
  return (
    <ul className="inspector__problems" aria-label={t("inspector.problems")}>
      {diagnostics.map((d, i) => (
        <li key={i} className={`problem problem--${d.severity}`}>
          <span className="problem__severity">{t(`problems.${d.severity}`)}</span>
          <span className="problem__message">{textOf(d)}</span>
        </li>
      ))}
    </ul>
  );
}
