import { TRANSPORTS, type Topology } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import {
  endpointParts,
  formatEndpoint,
  freeTcpPort,
  isTransport,
  suggestEndpoint,
  type EndpointParts,
} from "../../store/ops/endpoints.js";

interface Props {
  endpoint: string;
  index: number;
  socketId: string;
  topology: Topology;
  /** Offer a free port when this one is empty or taken (bound endpoints only). */
  suggestFree: boolean;
  onChange: (value: string) => void;
  onRemove: () => void;
}

/** One endpoint as transport, host and port (tcp) or name (ipc, inproc), with a free port at hand. */
export function EndpointRow({
  endpoint,
  index,
  socketId,
  topology,
  suggestFree,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const parts = endpointParts(endpoint);
  const set = (patch: Partial<EndpointParts>) => onChange(formatEndpoint({ ...parts, ...patch }));
  const free = freeTcpPort(topology);
  // Other bound endpoints (not this row): a port they use is taken.
  const otherBinds = topology.sockets.flatMap((s) =>
    (s.bind ?? []).filter((_, i) => s.id !== socketId || i !== index),
  );
  const taken = otherBinds.some((ep) => {
    const p = endpointParts(ep);
    return p.transport === "tcp" && p.port === parts.port;
  });
  const label = t("inspector.endpoint", { index: index + 1 });
  return (
    <fieldset className="endpoint-row" aria-label={label}>
      <div className="endpoint-row__fields">
        <select
          aria-label={`${label}: ${t("inspector.transport")}`}
          value={parts.transport}
          onChange={(e) => {
            const transport = e.target.value;
            if (isTransport(transport)) onChange(suggestEndpoint(transport, topology, socketId));
          }}
        >
          {TRANSPORTS.map((tr) => (
            <option key={tr} value={tr}>
              {tr}
            </option>
          ))}
        </select>
        {parts.transport === "tcp" ? (
          <>
            <input
              aria-label={`${label}: ${t("inspector.host")}`}
              className="endpoint-row__host"
              value={parts.host}
              onChange={(e) => set({ host: e.target.value })}
            />
            <span aria-hidden="true">:</span>
            <input
              aria-label={`${label}: ${t("inspector.port")}`}
              className="endpoint-row__port"
              inputMode="numeric"
              placeholder={String(free)}
              value={parts.port}
              onChange={(e) => set({ port: e.target.value.replace(/\D/g, "") })}
            />
          </>
        ) : (
          <input
            aria-label={`${label}: ${t("inspector.name")}`}
            className="endpoint-row__name"
            value={parts.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
        <button
          type="button"
          className="button button--icon button--quiet"
          aria-label={t("inspector.removeEndpoint", { endpoint })}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {suggestFree && parts.transport === "tcp" && (parts.port === "" || taken) && (
        <button type="button" className="link-button" onClick={() => set({ port: String(free) })}>
          {t("inspector.freePort", { port: free })}
        </button>
      )}
    </fieldset>
  );
}
