import { useTranslation } from "react-i18next";
import {
  selectCanRedo,
  selectCanUndo,
  selectHasSelection,
  selectSnapToGrid,
} from "../store/selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import { ExportMenu } from "./export-menu.js";
import { ImportButton } from "./import-button.js";
import { LanguageSwitch } from "./language-switch.js";
import { LiveControls } from "../recording/live-controls.js";
import { selectIsReplaying } from "../store/replay-selectors.js";

/** File, edit and view commands, then the live-run controls. */
export function Toolbar({ theme }: { theme: "light" | "dark" }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const hasSelection = useAppStore(selectHasSelection);
  const snap = useAppStore(selectSnapToGrid);
  const replaying = useAppStore(selectIsReplaying);
  const s = () => store.getState();
  const newDocument = () => {
    s().newDocument();
    s().showToast("newDocument");
  };
  return (
    <header className="toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      <div className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true">
          Ø
        </span>
        <span>{t("app.name")}</span>
      </div>
      <div className="toolbar__group">
        <button type="button" className="button" title={t("toolbar.newHint")} onClick={newDocument}>
          {t("toolbar.new")}
        </button>
        <button
          type="button"
          className="button"
          title={t("toolbar.templatesHint")}
          onClick={() => s().openDialog({ kind: "templates" })}
        >
          {t("toolbar.templates")}
        </button>
        <ImportButton />
        <ExportMenu />
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="button button--icon"
          aria-label={t("toolbar.undo")}
          title={`${t("toolbar.undo")} (Ctrl+Z)`}
          disabled={!canUndo}
          onClick={() => s().undo()}
        >
          ↶
        </button>
        <button
          type="button"
          className="button button--icon"
          aria-label={t("toolbar.redo")}
          title={`${t("toolbar.redo")} (Ctrl+Shift+Z)`}
          disabled={!canRedo}
          onClick={() => s().redo()}
        >
          ↷
        </button>
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="button"
          title={t("toolbar.groupHint")}
          disabled={!hasSelection || replaying}
          onClick={() => s().groupSelection()}
        >
          {t("toolbar.group")}
        </button>
        <button
          type="button"
          className="button"
          title={t("toolbar.layoutHint")}
          disabled={replaying}
          onClick={() => s().autoLayout()}
        >
          {t("toolbar.layout")}
        </button>
        <button
          type="button"
          className="button"
          title={t("toolbar.fitHint")}
          onClick={() => s().requestFitView()}
        >
          {t("toolbar.fit")}
        </button>
        <label className="toggle">
          <input type="checkbox" checked={snap} onChange={() => s().toggleSnapToGrid()} />
          {t("toolbar.snap")}
        </label>
      </div>
      <div
        className="toolbar__run"
        data-testid="run-controls"
        role="group"
        aria-label={t("app.runArea")}
      >
        <LiveControls />
      </div>
      <div className="toolbar__group">
        <LanguageSwitch />
        <button
          type="button"
          className="button button--icon"
          aria-label={theme === "dark" ? t("toolbar.themeDark") : t("toolbar.themeLight")}
          title={theme === "dark" ? t("toolbar.themeDark") : t("toolbar.themeLight")}
          onClick={() => s().setTheme(theme === "dark" ? "light" : "dark")}
        >
          {theme === "dark" ? "☀" : "☾"}
        </button>
        <button
          type="button"
          className="button button--icon"
          aria-label={t("toolbar.help")}
          title={`${t("toolbar.help")} (?)`}
          onClick={() => s().openDialog({ kind: "shortcuts" })}
        >
          ?
        </button>
      </div>
    </header>
  );
}
