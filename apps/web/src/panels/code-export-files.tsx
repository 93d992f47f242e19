import type { GeneratedFile } from "@zmq-playground/shared";
import { useId, useRef, useState, type KeyboardEvent } from "react";
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

const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

/** The project's files as vertical tabs, one shown at a time with a Copy button. */
export function CodeExportFiles({
  files,
  chosen,
  onChoose,
}: {
  files: readonly GeneratedFile[];
  chosen: number;
  onChoose: (index: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const code = useRef<HTMLPreElement>(null);
  // What Copy did, for the file it did it to (choosing another file forgets it).
  const [copied, setCopied] = useState<{ path: string; ok: boolean } | null>(null);
  const file = files[chosen];
  if (!file) return null;
  const copy = copied?.path === file.path ? (copied.ok ? "copied" : "failed") : "idle";
  const copyFile = async () => {
    try {
      await navigator.clipboard.writeText(file.content);
      setCopied({ path: file.path, ok: true });
    } catch {
      selectText(code.current);
      setCopied({ path: file.path, ok: false });
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = (chosen + step + files.length) % files.length;
    onChoose(next);
    list.current?.querySelectorAll<HTMLButtonElement>("[role=tab]")[next]?.focus();
  };
  return (
    <div className="code-export__body">
      <div
        ref={list}
        className="code-export__files"
        role="tablist"
        aria-orientation="vertical"
        aria-label={t("exportUi.code.files")}
        onKeyDown={onKeyDown}
      >
        {files.map((f, i) => (
          <button
            key={f.path}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={i === chosen}
            aria-controls={`${id}-panel`}
            tabIndex={i === chosen ? 0 : -1}
            className="code-export__file-tab"
            data-path={f.path}
            onClick={() => onChoose(i)}
          >
            <span className="code-export__file-name">{f.path}</span>
            <span className="code-export__file-size">
              {t("exportUi.code.lines", { count: lineCount(f.content) })}
            </span>
          </button>
        ))}
      </div>
      <section
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${chosen}`}
        className="code-export__file"
      >
        <header className="code-export__file-head">
          <code>{file.path}</code>
          {copy === "failed" && (
            <span className="code-export__copy-failed" role="alert">
              {t("exportUi.code.copyFailed")}
            </span>
          )}
          <button
            type="button"
            className="button button--small"
            title={t("exportUi.code.copyHint", { file: file.path })}
            onClick={() => void copyFile()}
          >
            {copy === "copied" ? t("exportUi.code.copied") : t("exportUi.code.copy")}
          </button>
        </header>
        <pre
          ref={code}
          className={`code-export__code${file.path.endsWith(".md") ? " code-export__code--prose" : ""}`}
          data-testid="code-export-content"
          tabIndex={0}
        >
          {file.content}
        </pre>
      </section>
    </div>
  );
}
