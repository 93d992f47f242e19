import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { selectToast } from "../store/selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";

const TOAST_MS = 4500;

/** A short notice at the bottom, read out by screen readers, gone after a few seconds. */
export function ToastView() {
  const { t } = useTranslation();
  const toast = useAppStore(selectToast);
  const store = useAppStoreApi();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => store.getState().dismissToast(), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, store]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div key={toast.id} className="toast" data-testid="toast">
          {t(`toast.${toast.key}`, toast.values ?? {})}
        </div>
      )}
    </div>
  );
}
