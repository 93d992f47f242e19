import { InspectorActions } from "./inspector-actions.js";
import {
  CATALOG,
  diagnosticsFor,
  SOCKET_TYPES,
  type SocketSpec,
  type SocketType,
  type Topology,
} from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { withField } from "../../store/ops/fields.js";
import { processIds } from "../../store/ops/processes.js";
import { selectDiagnostics } from "../../store/selectors.js";
import { useAppStore, useAppStoreApi } from "../../store/store-context.js";
import { BehaviourEditor } from "./behaviour-editor.js";
import { EndpointList } from "./endpoint-list.js";
import { Field, TextField } from "./fields.js";
import { IdField } from "./id-field.js";
import { OptionsEditor } from "./options-editor.js";
import { ProblemList } from "./problem-list.js";

const isSocketType = (v: string): v is SocketType =>
  (SOCKET_TYPES as readonly string[]).includes(v);

/** Everything about one socket, as the format has it. */
export function SocketInspector({ socket, topology }: { socket: SocketSpec; topology: Topology }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const diagnostics = diagnosticsFor(useAppStore(selectDiagnostics), socket.id);
  const info = CATALOG[socket.type];
  const s = () => store.getState();
  return (
    <div className="inspector__body" data-pattern={info.pattern} data-testid="socket-inspector">
      <Field label={t("inspector.type")} help={t(`catalog.${socket.type}.explanation`)}>
        {(id, d) => (
          <select
            id={id}
            aria-describedby={d}
            className="inspector__type"
            value={socket.type}
            onChange={(e) =>
              isSocketType(e.target.value) && s().retypeSocket(socket.id, e.target.value)
            }
          >
            {SOCKET_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
                {CATALOG[type].draft ? ` (${t("palette.draft")})` : ""}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ProblemList diagnostics={diagnostics} />
      <TextField
        label={t("inspector.label")}
        value={socket.label ?? ""}
        placeholder={t("inspector.labelPlaceholder")}
        onChange={(label) =>
          s().updateSocket(
            socket.id,
            (x) => withField(x, "label", label || undefined),
            `label:${socket.id}`,
          )
        }
      />
      <IdField
        id={socket.id}
        topology={topology}
        onRename={(next) => s().renameSocketId(socket.id, next)}
      />
      <Field label={t("inspector.process")} help={t("inspector.processHelp")}>
        {(id, d) => (
          <select
            id={id}
            aria-describedby={d}
            value={socket.process ?? ""}
            onChange={(e) => s().setSocketProcess(socket.id, e.target.value || undefined)}
          >
            <option value="">{t("inspector.ownProcess")}</option>
            {processIds(topology).map((pid) => (
              <option key={pid} value={pid}>
                {topology.processes?.find((p) => p.id === pid)?.label ?? pid}
              </option>
            ))}
          </select>
        )}
      </Field>
      <EndpointList socket={socket} role="bind" topology={topology} />
      <EndpointList socket={socket} role="connect" topology={topology} />
      <BehaviourEditor socket={socket} topology={topology} />
      <OptionsEditor socket={socket} />
      <InspectorActions
        actions={[
          { label: t("inspector.duplicate"), onClick: () => s().duplicateSelection() },
          { label: t("inspector.delete"), onClick: () => s().deleteSelection(), danger: true },
        ]}
      />
    </div>
  );
}
