import { CATALOG, type SocketSpec, type Topology } from "@zmq-playground/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { JoinCard } from "./join-card.js";
import { joinPlan, type SnippetLanguage } from "./snippets/index.js";

/** Every endpoint the given sockets bind, each with its address and snippets. */
export function JoinList({
  sockets,
  endpoints,
  showSocket,
}: {
  sockets: readonly SocketSpec[];
  /** The gateway's map from each bound endpoint to its real address. */
  endpoints: Readonly<Record<string, string>>;
  /** Name the socket above each endpoint (the dialog lists several sockets). */
  showSocket: boolean;
}) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<SnippetLanguage>("python");
  const bound = sockets.flatMap((socket) =>
    (socket.bind ?? []).map((endpoint) => ({ socket, endpoint })),
  );
  if (bound.length === 0) {
    return (
      <p className="inspector__help">
        {t(showSocket ? "inspect.join.noneAtAll" : "inspect.join.none")}
      </p>
    );
  }
  return (
    <ul className="join-list">
      {bound.map(({ socket, endpoint }) => (
        <li key={`${socket.id} ${endpoint}`}>
          {showSocket && (
            <h3 className="join-list__socket" data-pattern={CATALOG[socket.type].pattern}>
              <span className="type-chip">{socket.type}</span> {socket.label ?? socket.id}
            </h3>
          )}
          <JoinCard
            endpoint={endpoint}
            result={joinPlan(socket, endpoint, endpoints)}
            language={language}
            onLanguage={setLanguage}
          />
        </li>
      ))}
    </ul>
  );
}

/** The sockets of a topology that bind something. */
export function bindingSockets(topology: Topology): SocketSpec[] {
  return topology.sockets.filter((s) => (s.bind ?? []).length > 0);
}
