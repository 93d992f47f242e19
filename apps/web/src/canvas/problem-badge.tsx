import { useTranslation } from "react-i18next";
import { useDiagnosticText } from "../i18n/diagnostic-text.js";
import type { Problems } from "./flow-types.js";

/** A round badge with the number of problems, red for errors, amber for warnings only. */
export function ProblemBadge({ problems }: { problems: Problems }) {
  const { t } = useTranslation();
  const textOf = useDiagnosticText();
  const count = problems.errors + problems.warnings;
  if (count === 0) return null;
  const severity = problems.errors > 0 ? "error" : "warning";
  return (
    <span
      className={`problem-badge problem-badge--${severity}`}
      data-testid="problem-badge"
      aria-label={t("canvas.problems", { count })}
      title={problems.diagnostics.map(textOf).join("\n")}
    >
      ! {count}
    </span>
  );
}
