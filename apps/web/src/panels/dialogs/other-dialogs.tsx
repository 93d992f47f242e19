import type { Diagnostic } from "@zmq-playground/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDiagnosticText } from "../../i18n/diagnostic-text.js";
import { Modal } from "./modal.js";

/** Why a file could not be opened: each problem with where it is in the file. */
export function ImportErrorDialog({
  fileName,
  diagnostics,
  onClose,
}: {
  fileName: string | null;
  diagnostics: readonly Diagnostic[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const textOf = useDiagnosticText();
  return (
    <Modal
      title={
        fileName === null
          ? t("dialogs.shareErrorTitle")
          : t("dialogs.importErrorTitle", { file: fileName })
      }
      onClose={onClose}
    >
      <div data-testid="import-error">
        <p>{t("dialogs.importErrorHelp")}</p>
        <ul className="import-errors">
          {diagnostics.map((d, i) => (
            <li key={i}>
              {(d.path !== undefined || d.line !== undefined) && (
                <code className="import-errors__path">
                  {d.path ??
                    t("dialogs.lineColumn", { line: d.line ?? "?", column: d.column ?? "?" })}
                </code>
              )}
              <span>{textOf(d)}</span>
            </li>
          ))}
        </ul>
      </div>
    </Modal>
  );
}

/** The share link, selected and ready to copy (it is also put on the clipboard). */
export function ShareDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = useCallback(() => {
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }, [url]);
  useEffect(() => {
    input.current?.select();
    copy();
  }, [copy]);
  return (
    <Modal title={t("dialogs.shareTitle")} onClose={onClose}>
      <p>{t("dialogs.shareHelp")}</p>
      <div className="share">
        <input
          ref={input}
          readOnly
          value={url}
          aria-label={t("dialogs.shareTitle")}
          data-testid="share-url"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={copy}>
          {t("dialogs.copy")}
        </button>
      </div>
      <p className="inspector__help" role="status">
        {copied ? t("dialogs.shareCopied") : ""}
      </p>
    </Modal>
  );
}
