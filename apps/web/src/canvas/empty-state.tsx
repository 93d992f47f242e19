import { useTranslation } from "react-i18next";
import { useAppStoreApi } from "../store/store-context.js";

/** What a blank canvas says: how to start, in three steps, or from a template. */
export function EmptyState() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <div className="empty-state">
      <h2>{t("canvas.emptyTitle")}</h2>
      <ol>
        <li>{t("canvas.emptyStep1")}</li>
        <li>{t("canvas.emptyStep2")}</li>
        <li>{t("canvas.emptyStep3")}</li>
      </ol>
      <button
        type="button"
        className="button button--primary"
        onClick={() => store.getState().openDialog({ kind: "templates" })}
      >
        {t("canvas.emptyTemplates")}
      </button>
    </div>
  );
}
