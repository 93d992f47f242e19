import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { importFile } from "../io/document-file.js";
import { useAppStoreApi } from "../store/store-context.js";

/** "Import": a button that opens the browser's file chooser for a topology .json file. */
export function ImportButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        title={t("toolbar.importHint")}
        onClick={() => input.current?.click()}
      >
        {t("toolbar.import")}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ""; // choosing the same file again must fire again
          if (file) void importFile(store, file);
        }}
      />
    </>
  );
}
