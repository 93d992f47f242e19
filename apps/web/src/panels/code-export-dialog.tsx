import "./code-export.css";
import { generateProject, hasErrors, type CodegenLanguage } from "@zmq-playground/shared";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../io/document-file.js";
import { selectDiagnostics, selectTopology } from "../store/selectors.js";
import { useAppStore } from "../store/store-context.js";
import { CodeExportFiles } from "./code-export-files.js";
import { projectZip } from "./code-export-zip.js";
import { Modal } from "./dialogs/modal.js";

/**
 * The document as a project of real programs (`generateProject`, as `cli export` writes
 * it): every file to read and copy, and all of them as one zip.
 */
export function CodeExportDialog({
  language,
  onClose,
}: {
  language: CodegenLanguage;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const topology = useAppStore(selectTopology);
  const broken = hasErrors(useAppStore(selectDiagnostics));
  const files = useMemo(() => generateProject(topology, language).files, [topology, language]);
  const [chosen, setChosen] = useState(0);
  const saveZip = () => {
    const { fileName, bytes } = projectZip(topology, language);
    download(fileName, new Blob([bytes], { type: "application/zip" }));
  };
  return (
    <Modal
      wide
      title={t("exportUi.code.title", {
        language: t(`exportUi.code.languages.${language}`),
        title: topology.title ?? t("app.untitled"),
      })}
      onClose={onClose}
    >
      <div className="code-export" data-testid="code-export" data-language={language}>
        <p className="code-export__help">{t(`exportUi.code.help.${language}`)}</p>
        {broken && (
          <p className="code-export__warning" role="note">
            {t("exportUi.code.hasErrors")}
          </p>
        )}
        <CodeExportFiles
          files={files}
          chosen={Math.min(chosen, files.length - 1)}
          onChoose={setChosen}
        />
        <div className="code-export__actions">
          <button type="button" className="button button--primary" onClick={saveZip}>
            {t("exportUi.code.download")}
          </button>
          <span className="code-export__hint">{t("exportUi.code.downloadHint")}</span>
        </div>
      </div>
    </Modal>
  );
}
