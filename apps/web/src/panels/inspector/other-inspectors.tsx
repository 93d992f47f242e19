import { InspectorActions } from "./inspector-actions.js";
import { CATALOG, deriveLinks, diagnosticsForLink, type Topology } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { parseLinkId } from "../../store/selection.js";
import { selectDiagnostics } from "../../store/selectors.js";
import { useAppStore, useAppStoreApi } from "../../store/store-context.js";
import { TextField } from "./fields.js";
import { ProblemList } from "./problem-list.js";

/** A link: who connects to which endpoint, who binds it, what is wrong with it. */
export function LinkInspector({ linkId, topology }: { linkId: string; topology: Topology }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const all = useAppStore(selectDiagnostics);
  const link = deriveLinks(topology).find((l) => l.id === linkId) ?? parseLinkId(linkId);
  if (!link) return null;
  const binder = "binder" in link ? link.binder : null;
  const socket = (id: string | null) => {
    const s = topology.sockets.find((x) => x.id === id);
    if (!s) return <span className="inspector__help">{t("inspector.linkNoBinder")}</span>;
    return (
      <button
        type="button"
        className="socket-ref"
        data-pattern={CATALOG[s.type].pattern}
        onClick={() => store.getState().select({ sockets: [s.id] })}
      >
        <span className="type-chip">{s.type}</span> {s.label ?? s.id}
      </button>
    );
  };
  return (
    <div className="inspector__body" data-testid="link-inspector">
      <h3 className="inspector__heading">{t("inspector.linkTitle")}</h3>
      <dl className="link-facts">
        <dt>{t("inspector.linkConnector")}</dt>
        <dd>{socket(link.connector)}</dd>
        <dt>{t("inspector.linkEndpoint")}</dt>
        <dd>
          <code>{link.endpoint}</code>
        </dd>
        <dt>{t("inspector.linkBinderLabel")}</dt>
        <dd>{socket(binder)}</dd>
      </dl>
      <ProblemList diagnostics={diagnosticsForLink(all, link.connector, link.endpoint)} />
      <InspectorActions
        actions={[
          {
            label: t("inspector.deleteLink"),
            onClick: () => store.getState().deleteSelection(),
            danger: true,
          },
        ]}
      />
    </div>
  );
}

/** A process: its label, its sockets, ungroup. */
export function ProcessInspector({
  processId,
  topology,
}: {
  processId: string;
  topology: Topology;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const s = () => store.getState();
  const declared = topology.processes?.find((p) => p.id === processId);
  const members = topology.sockets.filter((x) => x.process === processId);
  return (
    <div className="inspector__body" data-testid="process-inspector">
      <h3 className="inspector__heading">{t("inspector.processTitle")}</h3>
      <p className="inspector__help">{t("inspector.processHelp")}</p>
      <TextField
        label={t("inspector.label")}
        value={declared?.label ?? ""}
        placeholder={processId}
        onChange={(label) => s().renameProcess(processId, label)}
      />
      <h4>{t("inspector.processMembers")}</h4>
      <ul className="inspector__members">
        {members.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => s().select({ sockets: [m.id] })}
            >
              {m.type} {m.label ?? m.id}
            </button>
          </li>
        ))}
      </ul>
      <InspectorActions
        actions={[
          { label: t("inspector.ungroup"), onClick: () => s().ungroup(processId) },
          { label: t("inspector.delete"), onClick: () => s().deleteSelection(), danger: true },
        ]}
      />
    </div>
  );
}

/** Nothing selected: the document's title and description. */
export function DocumentInspector({ topology }: { topology: Topology }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <div className="inspector__body" data-testid="document-inspector">
      <p className="inspector__help">{t("inspector.none")}</p>
      <TextField
        label={t("inspector.documentTitle")}
        value={topology.title ?? ""}
        placeholder={t("app.untitled")}
        onChange={(title) => store.getState().setMeta({ title })}
      />
      <TextField
        label={t("inspector.documentDescription")}
        multiline
        value={topology.description ?? ""}
        onChange={(description) => store.getState().setMeta({ description })}
      />
      <p className="inspector__help">
        {t("inspector.documentStats", {
          sockets: topology.sockets.length,
          links: deriveLinks(topology).length,
        })}
      </p>
    </div>
  );
}

/** Several things selected: what can be done to all of them. */
export function MultiInspector({ count }: { count: number }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const s = () => store.getState();
  return (
    <div className="inspector__body">
      <p>{t("inspector.multiple", { count })}</p>
      <InspectorActions
        actions={[
          { label: t("toolbar.group"), onClick: () => s().groupSelection() },
          { label: t("inspector.duplicate"), onClick: () => s().duplicateSelection() },
          { label: t("inspector.delete"), onClick: () => s().deleteSelection(), danger: true },
        ]}
      />
    </div>
  );
}
