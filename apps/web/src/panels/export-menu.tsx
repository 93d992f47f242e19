import { useReactFlow } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import type { AppNode, LinkEdge } from "../canvas/flow-types.js";
import { copyDocumentJson } from "../io/clipboard.js";
import { download, exportDocument, fileNameFor } from "../io/document-file.js";
import { diagramImage } from "../io/export-image.js";
import { shareUrl } from "../io/share-link.js";
import { useAppStoreApi } from "../store/store-context.js";
import { MenuButton } from "./menu-button.js";

/** The topology format's JSON Schema, copied into the build at build time (vite.config.ts). */
const SCHEMA_PATH = "schema/topology.schema.json";

/** "Export" downloads the .json file; the menu beside it copies JSON, makes a share link or an image. */
export function ExportMenu() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const rf = useReactFlow<AppNode, LinkEdge>();
  const image = async (format: "png" | "svg") => {
    try {
      download(fileNameFor(store.getState().topology, format), await diagramImage(rf, format));
    } catch {
      store.getState().showToast("imageFailed");
    }
  };
  const code = (language: "python" | "node") =>
    store.getState().openDialog({ kind: "code-export", language });
  const share = async () => {
    const url = await shareUrl(store.getState().topology);
    store.getState().openDialog({ kind: "share", url });
  };
  return (
    <div className="split-button">
      <button
        type="button"
        className="button"
        title={t("toolbar.exportHint")}
        onClick={() => exportDocument(store)}
      >
        {t("toolbar.export")}
      </button>
      <MenuButton
        label={t("toolbar.more")}
        items={[
          { label: t("toolbar.copyJson"), onSelect: () => void copyDocumentJson(store) },
          { label: t("toolbar.shareLink"), onSelect: () => void share() },
          { label: t("toolbar.exportPng"), onSelect: () => void image("png") },
          { label: t("toolbar.exportSvg"), onSelect: () => void image("svg") },
          { label: t("exportUi.menu.codePython"), onSelect: () => code("python") },
          { label: t("exportUi.menu.codeNode"), onSelect: () => code("node") },
          {
            label: t("exportUi.menu.schema"),
            onSelect: () =>
              window.open(new URL(SCHEMA_PATH, document.baseURI), "_blank", "noopener"),
          },
        ]}
      >
        ▾
      </MenuButton>
    </div>
  );
}
