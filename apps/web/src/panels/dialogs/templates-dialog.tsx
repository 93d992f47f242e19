import { CATALOG, TOPOLOGY_FIXTURES, type TopologyFixture } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { useAppStoreApi } from "../../store/store-context.js";
import { Modal } from "./modal.js";
import { openedTemplate, templateText } from "./template-text.js";

/** The template gallery: every example topology from the shared fixtures, in the reader's language. */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const open = (fixture: TopologyFixture) => {
    const text = templateText(t, fixture);
    onClose();
    store.getState().loadDocument(openedTemplate(fixture, text));
    store.getState().showToast("loaded", { title: text.title });
  };
  return (
    <Modal title={t("dialogs.templatesTitle")} onClose={onClose} wide>
      {TOPOLOGY_FIXTURES.length === 0 && <p>{t("dialogs.templatesNone")}</p>}
      <ul className="templates">
        {TOPOLOGY_FIXTURES.map((f) => {
          const text = templateText(t, f);
          const types = [...new Set(f.topology.sockets.map((s) => s.type))];
          return (
            <li key={f.id} className="template" data-testid="template" data-template-id={f.id}>
              <h3>{text.title}</h3>
              <div className="template__types">
                {types.map((type) => (
                  <span key={type} className="type-chip" data-pattern={CATALOG[type].pattern}>
                    {type}
                  </span>
                ))}
              </div>
              {/* Clamped to four lines; the whole text on hover. */}
              <p className="template__description" title={text.description}>
                {text.description}
              </p>
              <button
                type="button"
                className="button button--primary"
                aria-label={`${t("dialogs.open")}: ${text.title}`}
                onClick={() => open(f)}
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
