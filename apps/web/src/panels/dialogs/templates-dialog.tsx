import { CATALOG, TOPOLOGY_FIXTURES } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { useAppStoreApi } from "../../store/store-context.js";
import { Modal } from "./modal.js";

/** The template gallery: every example topology from the shared fixtures. */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const open = (index: number) => {
    const fixture = TOPOLOGY_FIXTURES[index];
    if (!fixture) return;
    onClose();
    store.getState().loadDocument(structuredClone(fixture.topology));
    store.getState().showToast("loaded", { title: fixture.topology.title ?? fixture.id });
  };
  return (
    <Modal title={t("dialogs.templatesTitle")} onClose={onClose} wide>
      {TOPOLOGY_FIXTURES.length === 0 && <p>{t("dialogs.templatesNone")}</p>}
      <ul className="templates">
        {TOPOLOGY_FIXTURES.map((f, i) => {
          const types = [...new Set(f.topology.sockets.map((s) => s.type))];
          return (
            <li key={f.id} className="template" data-testid="template" data-template-id={f.id}>
              <h3>{f.topology.title ?? f.id}</h3>
              <div className="template__types">
                {types.map((type) => (
                  <span key={type} className="type-chip" data-pattern={CATALOG[type].pattern}>
                    {type}
                  </span>
                ))}
              </div>
              <p className="template__description">{f.topology.description}</p>
              <button
                type="button"
                className="button button--primary"
                aria-label={`${t("dialogs.open")}: ${f.topology.title ?? f.id}`}
                onClick={() => open(i)}
              >
                {t("dialogs.open")}
              </button>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
