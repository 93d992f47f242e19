import { useTranslation } from "react-i18next";
import type { Problems } from "./flow-types.js";

/** A round badge with the number of problems, red for errors, amber for warnings only. */
export function ProblemBadge({ problems }: { problems: Problems }) {
  const { t } = useTranslation();
  const count = problems.errors + problems.warnings;
  if (count === 0) return null;
  const severity = problems.errors > 0 ? "error" : "warning";
  return (
    <span
      className={`problem-badge problem-badge--${severity}`}
      data-testid="problem-badge"
      aria-label={t("canvas.problems", { count })}
      title={problems.messages.join("\n")}
    >
      ! {count}
    </span>
  );
}
