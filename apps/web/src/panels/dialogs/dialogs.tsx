import { selectDialog } from "../../store/selectors.js";
import { useAppStore, useAppStoreApi } from "../../store/store-context.js";
import { CodeExportDialog } from "../code-export-dialog.js";
import { ImportErrorDialog, ShareDialog } from "./other-dialogs.js";
import { ShortcutsDialog } from "./shortcuts-dialog.js";
import { TemplatesDialog } from "./templates-dialog.js";

/** Whichever dialog the store says is open. */
export function Dialogs() {
  const dialog = useAppStore(selectDialog);
  const store = useAppStoreApi();
  const close = () => store.getState().closeDialog();
  switch (dialog?.kind) {
    case undefined:
      return null;
    case "shortcuts":
      return <ShortcutsDialog onClose={close} />;
    case "templates":
      return <TemplatesDialog onClose={close} />;
    case "share":
      return <ShareDialog url={dialog.url} onClose={close} />;
    case "code-export":
      return <CodeExportDialog language={dialog.language} onClose={close} />;
    case "import-error":
      return (
        <ImportErrorDialog
          fileName={dialog.fileName}
          diagnostics={dialog.diagnostics}
          onClose={close}
        />
      );
  }
}
