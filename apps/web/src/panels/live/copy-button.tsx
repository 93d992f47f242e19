import { useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";

/** Select an element's text, so a person can copy it when the clipboard is refused. */
function selectText(element: HTMLElement | null): void {
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Copies `text`; when the browser refuses (no permission, no secure context) it selects `target`. */
export function CopyButton({
  text,
  target,
}: {
  text: string;
  target: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      selectText(target.current);
      setState("failed");
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--small copy-button"
        onClick={() => void copy()}
      >
        {state === "copied" ? t("inspect.join.copied") : t("inspect.join.copy")}
      </button>
      {state === "failed" && (
        <p className="live-error" role="alert">
          {t("inspect.join.copyFailed")}
        </p>
      )}
    </>
  );
}
