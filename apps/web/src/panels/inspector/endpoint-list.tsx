import { suggestEndpoint, boundEndpoints } from "../../store/ops/endpoints.js";
import type { SocketSpec, Topology } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import type { EndpointRole } from "../../store/ops/links.js";
import { useAppStoreApi } from "../../store/store-context.js";
import { EndpointRow } from "./endpoint-row.js";
import { Section } from "./fields.js";

/** A socket's bind or connect list. Connects may also pick any endpoint the diagram binds. */
export function EndpointList({
  socket,
  role,
  topology,
}: {
  socket: SocketSpec;
  role: EndpointRole;
  topology: Topology;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const list = socket[role] ?? [];
  const s = () => store.getState();
  const bindable = [...boundEndpoints(topology)].filter(
    (ep) => !(socket.bind ?? []).includes(ep) && !(socket.connect ?? []).includes(ep),
  );
  const binderOf = (ep: string) =>
    topology.sockets.find((x) => (x.bind ?? []).includes(ep))?.id ?? "";
  return (
    <Section
      title={t(`inspector.${role}`)}
      help={t(role === "bind" ? "inspector.bindHelp" : "inspector.connectHelp")}
    >
      {list.map((ep, i) => (
        <EndpointRow
          key={i}
          endpoint={ep}
          index={i}
          socketId={socket.id}
          topology={topology}
          suggestFree={role === "bind"}
          onChange={(value) => s().replaceEndpoint(socket.id, role, i, value)}
          onRemove={() => s().removeEndpoint(socket.id, role, i)}
        />
      ))}
      <div className="endpoint-list__add">
        {role === "connect" && bindable.length > 0 ? (
          <select
            aria-label={t("inspector.connectToBound")}
            value=""
            onChange={(e) =>
              e.target.value && s().addEndpoint(socket.id, "connect", e.target.value)
            }
          >
            <option value="">{t("inspector.connectToBound")}</option>
            {bindable.map((ep) => (
              <option key={ep} value={ep}>
                {ep} ({binderOf(ep)})
              </option>
            ))}
          </select>
        ) : null}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            s().addEndpoint(socket.id, role, suggestEndpoint("tcp", topology, socket.id))
          }
        >
          +{" "}
          {t(
            role === "bind"
              ? "inspector.addBind"
              : bindable.length > 0
                ? "inspector.otherEndpoint"
                : "inspector.addConnect",
          )}
        </button>
      </div>
    </Section>
  );
}
